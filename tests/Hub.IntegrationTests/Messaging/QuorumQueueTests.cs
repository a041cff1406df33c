using Hub.Hosting;
using Hub.IntegrationTests.Infrastructure;
using Hub.Messaging;
using Hub.Operations;
using Npgsql;

namespace Hub.IntegrationTests.Messaging;

/// <summary>
/// The distributed deployment runs in a virtual host whose default queue type is quorum. Senders and receivers
/// both declare the work queues without a type, so whichever declares first, the broker makes them quorum and the
/// other agrees; faulted messages still wait in a (quorum) error queue and come back with the re-drive.
/// </summary>
public sealed class QuorumQueueTests
{
    [Fact]
    public async Task Work_and_error_queues_are_quorum_whichever_side_declares_first_and_poison_is_still_redriven()
    {
        using var directory = new TempDirectory();
        await using var database = await PostgresDatabase.CreateAsync();
        await using var vhost = await RabbitMqVirtualHost.CreateAsync(quorum: true);
        var settings = HubSettings.Embedded(directory).Postgres(database).With(vhost.HubSettings());

        // "normalizer": the outbox relay (sender) declares it before any normalizer runs.
        await using var ingestion = await EmbeddedHub.StartAsync(settings, HubRoles.Ingestion);
        var first = await ingestion.Http.FileComplaintAsync(new { text = "เจ้าหน้าที่เขตเรียกรับเงินใต้โต๊ะ", anonymous = true });
        await Eventually.Get(vhost.QueueTypesAsync, q => q.ContainsKey("normalizer"), TimeSpan.FromSeconds(30), "the relay to declare the normalizer queue");

        // "case-store-intake": the case store (receiver) declares it before the normalizer sends to it.
        await using var caseStore = await EmbeddedHub.StartAsync(settings, HubRoles.CaseStore);
        await using var normalizer = await EmbeddedHub.StartAsync(settings, HubRoles.Normalizer);
        await caseStore.Http.CaseFiledAsync(first, TimeSpan.FromSeconds(60));

        var types = await vhost.QueueTypesAsync();
        Assert.Equal("quorum", types["normalizer"]);
        Assert.Equal("quorum", types["case-store-intake"]);
        Assert.All(types.Where(q => !q.Key.Contains("_bus_", StringComparison.Ordinal)), q => Assert.Equal("quorum", q.Value));

        await ExecuteAsync(database, """
            CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS
            $$BEGIN IF NEW."Text" LIKE '%ยาพิษ%' THEN RAISE EXCEPTION 'complaints refused by a broken trigger'; END IF; RETURN NEW; END$$;
            CREATE TRIGGER refuse_poison BEFORE INSERT ON complaints FOR EACH ROW EXECUTE FUNCTION refuse_poison();
            """);
        var poison = await ingestion.Http.FileComplaintAsync(new { text = "ยาพิษ: ข้อความที่ฐานข้อมูลปฏิเสธ", anonymous = true });
        var broker = new RabbitMqSettings { Host = TestServices.RabbitMq.Host, Port = TestServices.RabbitMq.Port, VirtualHost = vhost.Name };
        var management = RabbitMqManagement.Create(new TransportOptions { Kind = TransportKind.RabbitMq, RabbitMq = broker }, TestServices.RabbitMqManagement);
        await Eventually.Get(() => management.QueuesAsync(CancellationToken.None), q => q.Any(x => x.Name == "case-store-intake_error" && x.Ready == 1),
            TimeSpan.FromSeconds(120), "the poison message to reach the error queue");
        await using var redrive = new ErrorQueueRedrive(broker);
        Assert.Single(await redrive.ListAsync("case-store-intake", CancellationToken.None));
        Assert.Equal("quorum", (await vhost.QueueTypesAsync())["case-store-intake_error"]);

        await ExecuteAsync(database, "DROP TRIGGER refuse_poison ON complaints;");
        Assert.Equal(1, await redrive.RedriveAsync("case-store-intake", null, CancellationToken.None));
        await caseStore.Http.CaseFiledAsync(poison, TimeSpan.FromSeconds(60));
        Assert.Empty(await redrive.ListAsync("case-store-intake", CancellationToken.None));
    }

    static async Task ExecuteAsync(PostgresDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
