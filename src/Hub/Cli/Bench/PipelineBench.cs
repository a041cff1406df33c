using System.Diagnostics;
using System.Globalization;
using Hub.CaseStore.Persistence;
using Hub.Hosting;
using Hub.Ingestion.Accepting;
using Microsoft.EntityFrameworkCore;

namespace Hub.Cli.Bench;

/// <summary>
/// <c>hub bench pipeline</c>: accepted → case committed. With RabbitMQ the normalizer and the case store run as
/// their own processes and this process is the door (acceptor and outbox relay); in-memory can only run embedded.
/// Run 1 accepts as fast as it can (throughput); run 2 offers half that rate (latency under normal load).
/// </summary>
public static class PipelineBench
{
    const int Concurrency = 16;

    public static async Task<int> RunAsync(HubCommand.BenchPipeline command)
    {
        var rabbit = command.Transport == "rabbitmq";
        var bench = BenchSettings.From(command.Args);
        var temp = Directory.CreateTempSubdirectory("hub-bench-");
        await using var scratch = rabbit || command.Db == "postgres" ? await BenchScratch.CreateAsync(bench) : null;
        var settings = new Dictionary<string, string>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Hub:IdentityVault:DevelopmentKeyFile"] = Path.Combine(temp.FullName, "vault.json"),
            ["Hub:Publisher:OutputDirectory"] = Path.Combine(temp.FullName, "public"),
            ["Hub:Database:Provider"] = command.Db == "postgres" ? "Postgres" : "Sqlite",
            ["Hub:Database:ConnectionString"] = command.Db == "postgres" ? scratch!.Database : $"Data Source={Path.Combine(temp.FullName, "hub.db")}",
            ["Hub:Transport:Kind"] = rabbit ? "RabbitMq" : "InMemory",
        };
        if (rabbit)
        {
            settings["Hub:Transport:RabbitMq:Host"] = bench.RabbitMq.Host;
            settings["Hub:Transport:RabbitMq:Port"] = bench.RabbitMq.Port.ToString(CultureInfo.InvariantCulture);
            settings["Hub:Transport:RabbitMq:VirtualHost"] = scratch!.VirtualHost;
        }

        Console.WriteLine($"pipeline bench: {command.Count:N0} complaints, transport {command.Transport}, database {command.Db}{(rabbit ? ", normalizer and case store as separate processes" : ", embedded (one process)")}");
        var services = new List<ServiceProcess>();
        try
        {
            if (rabbit)
            {
                // The case store migrates the database before anyone else writes to it.
                services.Add(await ServiceProcess.StartAsync("casestore", settings));
                services.Add(await ServiceProcess.StartAsync("normalizer", settings));
            }

            var args = settings.Select(s => $"--{s.Key}={s.Value}").Append($"--urls=http://127.0.0.1:{ServiceProcess.FreePort()}").ToArray();
            await using var door = HubWebHost.Build(args, rabbit ? HubRoles.Ingestion : HubRoles.All);
            await door.Services.MigrateHubDatabaseAsync();
            await door.StartAsync();

            // Filed end to end, so every process has compiled its hot paths before anything is measured.
            var warmUp = await MeasureAsync(door.Services, Math.Min(500, command.Count), perSecond: null, "warm-up");
            Print("warm-up", warmUp, warmUp.Count / warmUp.Elapsed.TotalSeconds);
            var full = await MeasureAsync(door.Services, command.Count, perSecond: null, "max");
            var rate = full.Count / full.Elapsed.TotalSeconds;
            Print("max rate", full, rate);
            var half = await MeasureAsync(door.Services, Math.Max(1, command.Count / 2), perSecond: rate / 2, "half");
            Print($"at half ({rate / 2:N0}/s)", half, half.Count / half.Elapsed.TotalSeconds);

            if (rabbit)
            {
                var size = await PayloadSizeAsync(door.Services);
                var bare = await BareBrokerBench.MessagesPerSecondAsync(new Messaging.RabbitMqSettings
                {
                    Host = bench.RabbitMq.Host, Port = bench.RabbitMq.Port, VirtualHost = scratch!.VirtualHost,
                }, command.Count, size);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bare broker    {bare,8:N0} msg/s   (persistent, confirmed, {size:N0}-byte messages, one durable queue)"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio          {rate / bare,8:0.00} × bare broker (target ≥ 0.5)"));
            }

            await door.StopAsync();
        }
        finally
        {
            foreach (var service in services)
            {
                await service.DisposeAsync();
            }

            temp.Delete(recursive: true);
        }

        return 0;
    }

    sealed record Run(int Count, TimeSpan Elapsed, Latencies Latencies);

    static void Print(string label, Run run, double rate) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-14} {rate,8:N0} complaints/s   accepted → case committed {run.Latencies}  ({run.Count:N0} in {run.Elapsed.TotalSeconds:0.0} s)"));

    static async Task<Run> MeasureAsync(IServiceProvider services, int count, double? perSecond, string label)
    {
        var clock = Stopwatch.StartNew();
        var ids = await AcceptAsync(services, count, perSecond, label);
        var latencies = await Eventually(services, ids);
        return new Run(count, clock.Elapsed, latencies);
    }

    static async Task<List<Guid>> AcceptAsync(IServiceProvider services, int count, double? perSecond, string label)
    {
        var ids = new Guid[count];
        var next = -1;
        var start = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                if (perSecond is { } rate && TimeSpan.FromSeconds(i / rate) - start.Elapsed is { TotalMilliseconds: > 0 } wait)
                {
                    await Task.Delay(wait);
                }

                await using var scope = services.CreateAsyncScope();
                var accepted = await scope.ServiceProvider.GetRequiredService<ComplaintAcceptor>().AcceptAsync(new ComplaintSubmission
                {
                    Channel = "bench",
                    ChannelMessageId = $"{label}-{i}-{Guid.NewGuid():N}",
                    Text = MixedStream.Text(i, label),
                    Anonymous = true,
                }, CancellationToken.None);
                ids[i] = accepted.ComplaintId;
            }
        }));
        return [.. ids];
    }

    /// <summary>Waits until every complaint has passed the case store's inbox; the inbox row commits with the case.</summary>
    static async Task<Latencies> Eventually(IServiceProvider services, List<Guid> ids)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var done = new List<double>(ids.Count);
            foreach (var chunk in ids.Chunk(1000))
            {
                var rows = await db.Receipts.Where(r => chunk.Contains(r.ComplaintId))
                    .Join(db.InboxMessages, r => r.ComplaintId, m => m.MessageId, (r, m) => new { r.AcceptedAtUtc, m.ProcessedAtUtc })
                    .ToListAsync();
                done.AddRange(rows.Select(r => (r.ProcessedAtUtc - r.AcceptedAtUtc).TotalMilliseconds));
            }

            if (done.Count >= ids.Count)
            {
                return new Latencies(done);
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {done.Count} of {ids.Count} complaints reached a case.");
            }

            await Task.Delay(100);
        }
    }

    static async Task<int> PayloadSizeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        return (int)await db.OutboxMessages.AverageAsync(m => (double)m.Payload.Length);
    }
}
