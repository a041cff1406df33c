using Hub.CaseStore.Persistence;
using Hub.Ingestion;
using Hub.Ingestion.Traffy;

namespace Hub.Cli;

/// <summary>
/// <c>hub traffy import &lt;file&gt;</c>: the dump, monthly and API-shaped files into the same ticket model the live
/// feeds use. Misconduct tickets wait in the outbox until Hub runs and sends them on.
/// </summary>
public static class TraffyImportVerb
{
    public static async Task<int> RunAsync(HubCommand.TraffyImport import)
    {
        if (!File.Exists(import.File))
        {
            await Console.Error.WriteLineAsync($"ไม่พบไฟล์ / File not found: {import.File}");
            return 2;
        }

        using var host = CliHost.Build(import.ConfigurationArgs, (services, _) => services.AddIngestion());
        await host.Services.MigrateHubDatabaseAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<TraffyImporter>();
        var summary = await importer.ImportFileAsync(import.File, import.OffsetLessIsUtc ? TimeSpan.Zero : TraffyTime.Bangkok, CancellationToken.None);
        Console.WriteLine(summary);
        foreach (var error in summary.Errors)
        {
            await Console.Error.WriteLineAsync(error);
        }

        return summary.Read == 0 && summary.Errors.Count > 0 ? 1 : 0;
    }
}
