using Hub.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Hub.Observability;

/// <summary>
/// Traces across the hop chain (HTTP → outbox → bus → consumers; MassTransit propagates W3C trace context),
/// metrics on a Prometheus scrape endpoint, and structured logs. Nothing here records message bodies, and
/// HTTP spans leave out query strings, which could carry a receipt code.
/// </summary>
public static class HubTelemetry
{
    public const string ActivitySourceName = "Hub";

    public static WebApplicationBuilder AddHubTelemetry(this WebApplicationBuilder builder, HubRoles roles)
    {
        var settings = builder.Configuration.GetSection(ObservabilityOptions.SectionName).Get<ObservabilityOptions>() ?? new ObservabilityOptions();
        if (string.Equals(settings.LogFormat, "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(json => json.UseUtcTimestamp = true);
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("bma-hub", serviceInstanceId: $"{roles}@{Environment.MachineName}:{Environment.ProcessId}"))
            .WithTracing(tracing => tracing
                .AddSource(ActivitySourceName, "MassTransit")
                .AddAspNetCoreInstrumentation(http => http.Filter = context => !context.Request.Path.StartsWithSegments("/health") && !context.Request.Path.StartsWithSegments("/metrics"))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter("MassTransit", ActivitySourceName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddPrometheusExporter());
        if (settings.OtlpEndpoint is { } endpoint)
        {
            telemetry.WithTracing(tracing => tracing.AddOtlpExporter(o => o.Endpoint = endpoint))
                .WithMetrics(metrics => metrics.AddOtlpExporter(o => o.Endpoint = endpoint));
        }

        return builder;
    }

    public static void MapHubMetrics(this WebApplication app) => app.MapPrometheusScrapingEndpoint("/metrics");
}
