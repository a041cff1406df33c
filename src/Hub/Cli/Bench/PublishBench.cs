using System.Diagnostics;
using System.Globalization;
using Hub.CaseStore.Persistence;
using Hub.Publisher;

namespace Hub.Cli.Bench;

/// <summary><c>hub bench publish --cases N [--db sqlite|postgres]</c>: one statistics publication over N seeded cases.</summary>
public static class PublishBench
{
    public static async Task<int> RunAsync(HubCommand.BenchPublish command)
    {
        var temp = Directory.CreateTempSubdirectory("hub-bench-publish-");
        await using var scratch = command.Db == "postgres" ? await BenchScratch.CreateAsync(BenchSettings.From(command.Args)) : null;
        try
        {
            string[] args =
            [
                $"--Hub:Database:Provider={(scratch is null ? "Sqlite" : "Postgres")}",
                $"--Hub:Database:ConnectionString={scratch?.Database ?? $"Data Source={Path.Combine(temp.FullName, "hub.db")}"}",
                $"--Hub:Publisher:OutputDirectory={Path.Combine(temp.FullName, "public")}",
            ];
            using var host = CliHost.Build(args, (services, configuration) => services.AddPublisher(configuration, schedule: false));
            await host.Services.MigrateHubDatabaseAsync();
            var clock = Stopwatch.StartNew();
            await using (var seeding = host.Services.CreateAsyncScope())
            {
                await CaseSeeder.SeedAsync(seeding.ServiceProvider.GetRequiredService<HubDbContext>(), command.Cases);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {command.Cases:N0} cases with one complaint each into {command.Db} in {clock.Elapsed.TotalSeconds:0.0} s"));
            await using var scope = host.Services.CreateAsyncScope();
            clock.Restart();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var stats = await scope.ServiceProvider.GetRequiredService<StatisticsPublisher>().PublishAsync(CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"publish        {clock.Elapsed.TotalSeconds:0.00} s over {command.Cases:N0} cases (target ≤ 5 s); fiscal year {stats.FiscalYear}: {stats.Received:N0} received"));
            // On a shared machine the wall time depends on the others' load; this process's CPU time does not (a database
            // server's work is not in it).
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"               {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00} s CPU in this process; load average {LoadAverage()}"));
        }
        finally
        {
            temp.Delete(recursive: true);
        }

        return 0;
    }

    static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
