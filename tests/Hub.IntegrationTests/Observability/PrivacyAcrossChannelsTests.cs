using System.Diagnostics;
using System.Text;
using Hub.CaseStore.Accounts;
using Hub.Ingestion.Hotline;
using Hub.Ingestion.Officer;
using Hub.IntegrationTests.Hotline;
using Hub.IntegrationTests.Infrastructure;
using Hub.IntegrationTests.Staff;
using Hub.Messaging;
using Hub.Operations;
using Hub.Operations.Console;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry.Trace;

namespace Hub.IntegrationTests.Observability;

/// <summary>
/// Personal data planted through the web form, the hotline API and drop folder and officer entry — and in a complaint
/// that faults into the error queue — surfaces in no log, trace, metric, health report, console page or error-queue
/// metadata an operator can see.
/// </summary>
public sealed class PrivacyAcrossChannelsTests
{
    const string Name = "นายสมศักดิ์ ทดสอบลับ", NationalId = "1103700123456", Phone = "0817654321", Email = "planted.reporter@example.com", LineId = "@secretline99";
    static readonly string[] Planted = [Name, NationalId, Phone, "081-765-4321", Email, LineId];
    static readonly string Story = $"{Name} เลขบัตร {NationalId} โทร 081-765-4321 อีเมล {Email} ไลน์ {LineId} เรียกรับเงิน";

    [Fact]
    public async Task Planted_personal_data_from_every_door_and_from_a_faulted_message_reaches_no_operator_surface()
    {
        using var directory = new TempDirectory();
        await using var database = await PostgresDatabase.CreateAsync();
        await using var vhost = await RabbitMqVirtualHost.CreateAsync();
        var logs = new CapturedLogs();
        var spans = new CapturedSpanCollection();
        var settings = HubSettings.Embedded(directory).Postgres(database).With(vhost.HubSettings()).With(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Hub:Hotline:DropDirectory"] = directory["hotline"],
            ["Hub:Hotline:ScanInterval"] = "00:00:00.200",
            ["Hub:Hotline:ApiKey"] = HotlineFixtures.ApiKey,
            ["Hub:Evidence:Directory"] = directory["evidence"],
            ["Hub:Officers:Accounts:0:Id"] = "bangrak.officer",
            ["Hub:Officers:Accounts:0:UnitCode"] = "D1004",
            ["Hub:Officers:Accounts:0:PasswordHash"] = OfficerPassword.Hash(StaffClient.Password),
        });
        await using var hub = await EmbeddedHub.StartAsync(settings, configure: builder =>
        {
            builder.Logging.AddProvider(logs);
            builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
        });

        await hub.Http.FileComplaintAsync(new { text = Story, contact = new { name = Name, email = Email, phone = Phone } });
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/channels/hotline/transcripts"))
        {
            request.Headers.Add(HotlineEndpoints.ApiKeyHeader, HotlineFixtures.ApiKey);
            request.Content = new StringContent(HotlineFixtures.Json("PII-API", Story, caller: Phone), Encoding.UTF8, "application/json");
            (await hub.Http.SendAsync(request)).EnsureSuccessStatusCode();
        }

        Directory.CreateDirectory(directory["hotline"]);
        await File.WriteAllTextAsync(Path.Combine(directory["hotline"], "call.json"), HotlineFixtures.Json("PII-FOLDER", Story, caller: Phone));
        using var officer = new StaffClient(hub);
        await officer.PostFormAsync("/officer/login", new() { ["officer_id"] = "bangrak.officer", ["password"] = StaffClient.Password }, formPage: "/officer/login");
        (await officer.PostFormAsync("/officer/complaints", new()
        {
            ["unit"] = "D1004", ["arrival"] = "walk-in", ["complainant_name"] = Name, ["complainant_phone"] = Phone, ["complainant_email"] = Email,
            ["accused_unit"] = "D1004", ["text"] = Story,
        }, formPage: "/officer/complaints/new")).EnsureSuccessStatusCode();
        await Eventually.Get(() => hub.WithDbAsync(db => db.Complaints.CountAsync()), n => n >= 4, TimeSpan.FromSeconds(90),
            "the web form, both hotline and the officer complaints to become cases");
        Assert.Equal(4, await hub.WithDbAsync(db => db.Complaints.CountAsync()));
        Assert.Equal(3, await hub.WithDbAsync(db => db.Complaints.Select(c => c.Channel).Distinct().CountAsync()));

        // A faulting complaint: its exception and headers wait in the error queue, where operators look.
        await ExecuteAsync(database, """
            CREATE FUNCTION refuse_all() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'complaints refused by a broken trigger'; END$$;
            CREATE TRIGGER refuse_all BEFORE INSERT ON complaints FOR EACH ROW EXECUTE FUNCTION refuse_all();
            """);
        await hub.Http.FileComplaintAsync(new { text = Story, contact = new { name = Name, email = Email, phone = Phone } });
        var broker = new RabbitMqSettings { Host = TestServices.RabbitMq.Host, Port = TestServices.RabbitMq.Port, VirtualHost = vhost.Name };
        var management = RabbitMqManagement.Create(new TransportOptions { Kind = TransportKind.RabbitMq, RabbitMq = broker }, TestServices.RabbitMqManagement);
        await Eventually.Get(() => management.QueuesAsync(CancellationToken.None), q => q.Any(x => x.Name == "case-store-intake_error" && x.Ready == 1),
            TimeSpan.FromSeconds(120), "the faulting complaint to reach the error queue");
        await using var redrive = new ErrorQueueRedrive(broker);
        var faults = await redrive.ListAsync("case-store-intake", CancellationToken.None);
        Assert.Single(faults);

        using var console = new StaffClient(hub);
        await console.SignInAsync(await StaffClient.CreateUserAsync(hub, StaffRoles.Operator));
        var page = await Eventually.Get(() => console.GetAsync(ConsolePage.Path).ContinueWith(r => r.Result.Content.ReadAsStringAsync()).Unwrap(),
            p => p.Contains(faults[0].MessageId!, StringComparison.Ordinal), TimeSpan.FromSeconds(30), "the console to list the fault");
        var surfaces = new StringBuilder()
            .AppendJoin('\n', logs.Entries)
            .Append('\n').Append(spans.Describe())
            .Append(await hub.Http.GetStringAsync(new Uri("/metrics", UriKind.Relative)))
            .Append(await (await hub.Http.GetAsync(new Uri("/health/ready", UriKind.Relative))).Content.ReadAsStringAsync())
            .Append(page)
            .Append(await (await console.GetAsync(ConsolePage.Path + "/status.json")).Content.ReadAsStringAsync())
            .AppendJoin('\n', faults)
            .ToString();

        Assert.Contains("PostgresException", surfaces, StringComparison.Ordinal);
        foreach (var secret in Planted)
        {
            Assert.DoesNotContain(secret, surfaces, StringComparison.Ordinal);
        }
    }

    static async Task ExecuteAsync(PostgresDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
