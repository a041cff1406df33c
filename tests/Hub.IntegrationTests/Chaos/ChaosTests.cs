using System.Diagnostics;
using Hub.Contracts;
using Hub.IntegrationTests.Hotline;
using Hub.IntegrationTests.Infrastructure;
using Hub.Operations;
using Npgsql;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Chaos;

/// <summary>
/// Everything breaks while 5,000 complaints come in through two doors: a normalizer and a case store are killed,
/// the broker restarts, the database is gone for 20 seconds and some complaints are poison. Every receipt a
/// reporter was given must end in exactly one case — first or after an operator fixes the cause and re-drives.
/// The broker and database are this test's own, so stopping them disturbs no other test.
/// </summary>
public sealed class ChaosTests(ITestOutputHelper output)
{
    const int Complaints = 5000;
    const int PoisonEvery = 250;
    const string PoisonMarker = "ยาพิษ";
    static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Every_accepted_receipt_ends_in_exactly_one_case_through_kills_a_broker_restart_a_database_outage_and_poison()
    {
        using var directory = new TempDirectory();
        var clock = Stopwatch.StartNew();
        var brokerStarting = DedicatedRabbitMq.StartAsync();
        await using var database = await DedicatedPostgres.StartAsync();
        await using var broker = await brokerStarting;
        Log(clock, "own PostgreSQL and RabbitMQ up");
        var settings = HubSettings.Embedded(directory).With(broker.HubTransport()).With(new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "Postgres",
            ["Hub:Database:ConnectionString"] = database.ConnectionString,
            ["Hub:Hotline:ApiKey"] = HotlineFixtures.ApiKey,
            // The feeder retells a handful of stories 5,000 times, so with linking on every intake would queue behind
            // one incident lock; this test is about delivery, and linking's cost is measured by hub bench pipeline.
            ["Hub:CaseStore:NearDuplicateLinking"] = "false",
        });

        // The first case store migrates the schema the others share; then the rest, two of each worker, as deploy/local runs them.
        await using var caseStore1 = await HubProcess.StartServiceAsync("casestore", settings, directory.Path, StartTimeout);
        await RefusePoisonAsync(database.ReaderConnectionString);
        // One at a time: on a small, shared machine four cold starts at once can starve each other past their start timeout.
        await using var caseStore2 = await HubProcess.StartServiceAsync("casestore", settings, directory.Path, StartTimeout);
        await using var normalizer1 = await HubProcess.StartServiceAsync("normalizer", settings, directory.Path, StartTimeout);
        await using var normalizer2 = await HubProcess.StartServiceAsync("normalizer", settings, directory.Path, StartTimeout);
        await using var ingestion = await HubProcess.StartServiceAsync("ingestion", settings, directory.Path, StartTimeout);
        Log(clock, "five Hub processes up");

        var feeder = new ComplaintFeeder(ingestion.BaseAddress!, PoisonMarker, PoisonEvery);
        using var feeding = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var feed = feeder.FeedAsync(Complaints, concurrency: 12, feeding.Token);
        await AtAsync(feeder, 800, feed);
        normalizer1.Kill();
        Log(clock, $"kill -9 normalizer 1 at {feeder.Accepted} accepted");
        await AtAsync(feeder, 1500, feed);
        caseStore1.Kill();
        Log(clock, $"kill -9 case store 1 at {feeder.Accepted} accepted");
        await AtAsync(feeder, 2200, feed);
        await database.StopServerAsync();
        Log(clock, $"PostgreSQL stopped at {feeder.Accepted} accepted");
        await Task.Delay(TimeSpan.FromSeconds(20));
        await database.StartServerAsync();
        Log(clock, $"PostgreSQL back at {feeder.Accepted} accepted");
        await AtAsync(feeder, 2600, feed);
        await broker.CrashNodeAsync();
        Log(clock, $"RabbitMQ killed at {feeder.Accepted} accepted");
        await broker.StartNodeAsync();
        Log(clock, $"RabbitMQ back at {feeder.Accepted} accepted");
        await feed;
        Log(clock, $"all {Complaints} accepted after {feeder.Retries} retries");

        await using var errors = new ErrorQueueRedrive(broker.Settings);
        await DeclareErrorQueuesAsync(broker);
        var receipts = feeder.Receipts.Values.ToList();
        var settled = await SettleAsync(database, errors, receipts, r => r.InCase + r.InErrorQueue == r.Receipts);
        output.WriteLine($"before re-drive: {settled}");
        Assert.Equal(Complaints, receipts.Distinct().Count());
        Assert.Equal(0, settled.Lost);
        Assert.Equal(0, settled.Duplicated);
        Assert.True(settled.InErrorQueue >= Complaints / PoisonEvery, $"every poison complaint waits in an error queue: {settled}");

        await ExecuteAsync(database.ReaderConnectionString, "DROP TRIGGER refuse_poison ON complaints;");
        var redriven = await errors.RedriveAsync(Queues.Normalizer, null, CancellationToken.None)
            + await errors.RedriveAsync(Queues.CaseStoreIntake, null, CancellationToken.None);
        Log(clock, $"poison cause fixed, {redriven} messages re-driven");
        var healed = await SettleAsync(database, errors, receipts, r => r.InCase == r.Receipts);
        output.WriteLine($"after re-drive:  {healed}");
        Assert.Equal(Complaints, healed.Receipts);
        Assert.Equal(Complaints, healed.InCase);
        Assert.Equal(0, healed.InErrorQueue);
        Assert.Equal(0, healed.Lost);
        Assert.Equal(0, healed.Duplicated);
    }

    void Log(Stopwatch clock, string what) => output.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.0} s  {what}");

    static async Task AtAsync(ComplaintFeeder feeder, int accepted, Task feed) =>
        await Eventually.Get(async () =>
        {
            if (feed.IsFaulted)
            {
                await feed;
            }

            return feeder.Accepted;
        }, n => n >= accepted, TimeSpan.FromMinutes(2), $"{accepted} complaints accepted");

    /// <summary>Waits until nothing is in flight: the outbox is empty and every receipt is in a case or an error queue.</summary>
    static Task<Reconciliation> SettleAsync(DedicatedPostgres database, ErrorQueueRedrive errors, IReadOnlyCollection<string> receipts, Func<Reconciliation, bool> done) =>
        Eventually.Get(() => Reconciliation.TakeAsync(database.ReaderConnectionString, errors, receipts),
            r => r.PendingOutbox == 0 && done(r), TimeSpan.FromMinutes(3), "the pipeline to settle");

    /// <summary>MassTransit creates an error queue on its first fault; declaring it lets the count read zero before that.</summary>
    static async Task DeclareErrorQueuesAsync(DedicatedRabbitMq broker)
    {
        await using var raw = await RawBroker.ConnectAsync(broker.Settings);
        await raw.DeclareAsync(Queues.Normalizer + QueueSnapshot.ErrorSuffix, Queues.CaseStoreIntake + QueueSnapshot.ErrorSuffix);
    }

    /// <summary>The poison: a broken trigger refuses some complaints, as a bad constraint or migration would, until an operator drops it.</summary>
    static Task RefusePoisonAsync(string connectionString) => ExecuteAsync(connectionString, $$"""
        CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS
        $$BEGIN IF NEW."Text" LIKE '%{{PoisonMarker}}%' THEN RAISE EXCEPTION 'complaints refused by a broken trigger'; END IF; RETURN NEW; END$$;
        CREATE TRIGGER refuse_poison BEFORE INSERT ON complaints FOR EACH ROW EXECUTE FUNCTION refuse_poison();
        """);

    static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
