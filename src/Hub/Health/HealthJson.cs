using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Health;

/// <summary>The health report as JSON: one entry per check with its status, description and data (states and counts, no personal data).</summary>
static class HealthJson
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            durationMs = report.TotalDuration.TotalMilliseconds,
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                durationMs = e.Value.Duration.TotalMilliseconds,
                // The exception's type only: messages of driver errors can quote connection strings or values.
                error = e.Value.Exception?.GetType().Name,
                data = e.Value.Data,
            }),
        }, cancellationToken: http.RequestAborted);
    }
}
