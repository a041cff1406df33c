using Hub.CaseStore.Persistence;
using Hub.Ingestion.Channels.Adapters;

namespace Hub.Cli;

/// <summary>
/// <c>hub adapters list|pause|resume</c>: writes the pause to the database, which every running Hub process reads
/// within <see cref="AdapterPauseSync.Interval"/>; no running host or HTTP credentials are needed.
/// </summary>
public static class AdapterVerbs
{
    public static async Task<int> RunAsync(HubCommand.Adapters command)
    {
        using var host = CliHost.Build(command.ConfigurationArgs, (services, _) =>
        {
            services.AddHubDatabase();
            services.AddScoped<AdapterPauses>();
        });
        await host.Services.MigrateHubDatabaseAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var pauses = scope.ServiceProvider.GetRequiredService<AdapterPauses>();
        switch (command.Action)
        {
            case "pause":
                await pauses.PauseAsync(command.Adapter!, "cli:" + Environment.UserName, CancellationToken.None);
                Console.WriteLine($"หยุด {command.Adapter} ชั่วคราว / Paused {command.Adapter} (running hosts apply it within {AdapterPauseSync.Interval.TotalSeconds:0}s).");
                break;
            case "resume":
                await pauses.ResumeAsync(command.Adapter!, CancellationToken.None);
                Console.WriteLine($"{command.Adapter} ทำงานต่อ / Resumed {command.Adapter}.");
                break;
            default:
                foreach (var pause in await pauses.ListAsync(CancellationToken.None))
                {
                    Console.WriteLine($"{pause.Adapter}\tpaused {pause.PausedAtUtc:u}\tby {pause.PausedBy}");
                }

                break;
        }

        return 0;
    }
}
