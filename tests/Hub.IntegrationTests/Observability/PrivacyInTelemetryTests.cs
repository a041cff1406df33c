using System.Diagnostics;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace Hub.IntegrationTests.Observability;

/// <summary>
/// Personal data planted in complaints must not surface in logs, traces or metrics, while one trace still follows
/// a complaint from the door to its case.
/// </summary>
public sealed class PrivacyInTelemetryTests
{
    static readonly string[] Planted =
    [
        "นายสมศักดิ์ ทดสอบลับ", "1-1037-00123-45-6", "1103700123456", "081-765-4321", "0817654321",
        "planted.reporter@example.com", "@secretline99", "กข 1234",
    ];

    [Fact]
    public async Task Planted_personal_data_appears_in_no_log_trace_or_metric_and_one_trace_spans_door_to_case()
    {
        using var directory = new TempDirectory();
        await using var vhost = await RabbitMqVirtualHost.CreateAsync();
        var logs = new CapturedLogs();
        var spans = new CapturedSpanCollection();
        var settings = HubSettings.Embedded(directory).With(vhost.HubSettings());
        settings["Logging:LogLevel:Default"] = "Trace";
        await using var hub = await EmbeddedHub.StartAsync(settings, configure: builder =>
        {
            builder.Logging.AddProvider(logs);
            builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
        });

        var receipt = await hub.Http.FileComplaintAsync(new
        {
            subject = "ร้องเรียน " + Planted[0],
            text = $"{Planted[0]} เลขบัตร {Planted[1]} ({Planted[2]}) โทร {Planted[3]} หรือ {Planted[4]} อีเมล {Planted[5]} ไลน์ {Planted[6]} รถทะเบียน {Planted[7]} เรียกรับเงิน",
            contact = new { name = Planted[0], email = Planted[5], phone = Planted[3] },
        });
        await hub.Http.CaseFiledAsync(receipt);
        var metrics = await hub.Http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        // Activity listeners are process-wide, so spans of other tests' hubs arrive here too: look for this request's trace.
        await Eventually.Get(() => Task.FromResult(OneTraceFromDoorToCase(spans.Snapshot())), found => found, because: "one trace from the form's request through both consumers");

        var telemetry = string.Join("\n", logs.Entries)
            + spans.Describe()
            + metrics;
        Assert.NotEmpty(logs.Entries);
        Assert.Contains("http_server_request_duration", metrics, StringComparison.Ordinal);
        foreach (var secret in Planted)
        {
            Assert.DoesNotContain(secret, telemetry, StringComparison.Ordinal);
        }
    }

    static bool OneTraceFromDoorToCase(IReadOnlyList<Activity> spans)
    {
        var consumers = spans.Where(s => s.Kind == ActivityKind.Consumer && s.Source.Name == "MassTransit").ToList();
        return spans.Where(s => s.Kind == ActivityKind.Server && s.DisplayName.Contains("/api/complaints", StringComparison.Ordinal))
            .Any(door => consumers.Any(s => s.DisplayName.Contains("normalizer", StringComparison.Ordinal) && s.TraceId == door.TraceId)
                         && consumers.Any(s => s.DisplayName.Contains("case-store-intake", StringComparison.Ordinal) && s.TraceId == door.TraceId));
    }
}
