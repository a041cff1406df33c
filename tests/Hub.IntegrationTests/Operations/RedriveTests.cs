using System.Net;
using Hub.CaseStore.Accounts;
using Hub.IntegrationTests.Infrastructure;
using Hub.IntegrationTests.Staff;
using Hub.Operations.Console;
using Hub.Messaging;
using Hub.Operations;
using Npgsql;

namespace Hub.IntegrationTests.Operations;

/// <summary>A failed message waits in the error queue, is visible without its content, and comes home once the cause is fixed.</summary>
public sealed class RedriveTests
{
    [Fact]
    public async Task A_poison_message_lands_in_the_error_queue_shows_in_the_console_and_becomes_a_case_after_the_fault_is_fixed_and_it_is_redriven_there()
    {
        using var directory = new TempDirectory();
        await using var database = await PostgresDatabase.CreateAsync();
        await using var vhost = await RabbitMqVirtualHost.CreateAsync();
        await using var hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory).Postgres(database).With(vhost.HubSettings()));
        await hub.Http.CaseFiledAsync(await hub.Http.FileComplaintAsync(new { text = "เรื่องปกติ", anonymous = true }));

        // The fault: the database refuses one kind of complaint, as a broken constraint or trigger would.
        await ExecuteAsync(database, """
            CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS
            $$BEGIN IF NEW."Text" LIKE '%ยาพิษ%' THEN RAISE EXCEPTION 'complaints refused by a broken trigger'; END IF; RETURN NEW; END$$;
            CREATE TRIGGER refuse_poison BEFORE INSERT ON complaints FOR EACH ROW EXECUTE FUNCTION refuse_poison();
            """);
        var poison = await hub.Http.FileComplaintAsync(new { text = "ยาพิษ: ข้อความที่ทำให้ฐานข้อมูลปฏิเสธ โทร 081-234-5678", anonymous = true });

        var broker = new RabbitMqSettings { Host = TestServices.RabbitMq.Host, Port = TestServices.RabbitMq.Port, VirtualHost = vhost.Name };
        var management = RabbitMqManagement.Create(new TransportOptions { Kind = TransportKind.RabbitMq, RabbitMq = broker }, TestServices.RabbitMqManagement);
        var queues = await Eventually.Get(() => management.QueuesAsync(CancellationToken.None),
            q => q.Any(x => x.Name == "case-store-intake_error" && x.Ready == 1), TimeSpan.FromSeconds(120), "the poison message to reach the error queue");
        var table = QueueTable.Render(queues, DateTimeOffset.UtcNow);
        Assert.Contains("└ case-store-intake_error", table, StringComparison.Ordinal);

        await using var redrive = new ErrorQueueRedrive(broker);
        var fault = Assert.Single(await redrive.ListAsync("case-store-intake", CancellationToken.None));
        Assert.Contains("PostgresException", fault.ExceptionType, StringComparison.Ordinal);
        Assert.DoesNotContain("081-234-5678", fault.ToString(), StringComparison.Ordinal);
        Assert.False((await hub.Http.ReceiptAsync(poison)).HasCase);

        // The operator sees the queue, the fault and its exception on the console, never the complaint.
        using var console = new StaffClient(hub);
        await console.SignInAsync(await StaffClient.CreateUserAsync(hub, StaffRoles.Operator));
        var page = await (await console.GetAsync(ConsolePage.Path)).Content.ReadAsStringAsync();
        Assert.Contains("case-store-intake_error", page, StringComparison.Ordinal);
        Assert.Contains(fault.MessageId!, page, StringComparison.Ordinal);
        Assert.Contains("PostgresException", page, StringComparison.Ordinal);
        Assert.DoesNotContain("081-234-5678", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ยาพิษ", page, StringComparison.Ordinal);

        await ExecuteAsync(database, "DROP TRIGGER refuse_poison ON complaints;");
        var redriven = await console.PostFormAsync(ConsolePage.Path + "/redrive",
            new() { ["queue"] = "case-store-intake", ["mode"] = "selected", ["id"] = fault.MessageId! }, formPage: ConsolePage.Path);
        Assert.Equal(HttpStatusCode.Redirect, redriven.StatusCode);
        Assert.Contains("1", Uri.UnescapeDataString(redriven.Headers.Location!.ToString()), StringComparison.Ordinal);

        await hub.Http.CaseFiledAsync(poison, TimeSpan.FromSeconds(60));
        Assert.Empty(await redrive.ListAsync("case-store-intake", CancellationToken.None));
    }

    [Fact]
    public async Task Only_the_chosen_messages_are_redriven()
    {
        await using var vhost = await RabbitMqVirtualHost.CreateAsync();
        var broker = new RabbitMqSettings { Host = TestServices.RabbitMq.Host, Port = TestServices.RabbitMq.Port, VirtualHost = vhost.Name };
        await using (var publisher = await RawBroker.ConnectAsync(broker))
        {
            await publisher.DeclareAsync("work", "work_error");
            foreach (var id in new[] { "a", "b", "c" })
            {
                await publisher.PublishAsync("work_error", id, "MT-Fault-ExceptionType", "System.TimeoutException");
            }
        }

        await using var redrive = new ErrorQueueRedrive(broker);
        Assert.Equal(1, await redrive.RedriveAsync("work", new HashSet<string> { "b" }, CancellationToken.None));

        Assert.Equal(["a", "c"], (await redrive.ListAsync("work", CancellationToken.None)).Select(f => f.MessageId).Order());
        await using var reader = await RawBroker.ConnectAsync(broker);
        Assert.Equal(["b"], await reader.DrainIdsAsync("work"));
    }

    static async Task ExecuteAsync(PostgresDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
