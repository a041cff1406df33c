using Hub.Ingestion.Channels.Adapters;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Ingestion.Accepting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Hotline;

/// <summary>
/// <c>POST /channels/hotline/transcripts</c>: one transcript in the drop-folder JSON format, authenticated by the
/// <c>X-Hub-Api-Key</c> header. Answers 202 with the receipt (the same one again for a repeated call id).
/// </summary>
public static class HotlineEndpoints
{
    public const string ApiKeyHeader = "X-Hub-Api-Key";

    public static IEndpointRouteBuilder MapHotline(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/channels/hotline/transcripts", async (HttpRequest http, IOptions<HotlineOptions> options, HotlineIntake intake, IntakeIssues issues, CancellationToken cancellationToken) =>
        {
            if (!Authorised(http, options.Value.ApiKey))
            {
                return Results.Problem(title: "ต้องมีกุญแจ API / API key required", statusCode: StatusCodes.Status401Unauthorized);
            }

            HotlineRecord record;
            try
            {
                record = await JsonNode.ParseAsync(http.Body, cancellationToken: cancellationToken) is JsonObject call
                    ? HotlineTranscriptReader.FromJson("request", call)
                    : new HotlineRecord("request", null, ["body: expected one transcript object"]);
            }
            catch (JsonException ex)
            {
                record = new HotlineRecord("request", null, [$"body: malformed JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}"]);
            }

            if (record.Transcript is null)
            {
                await issues.RecordAsync(HotlineIntake.Channel, http.Path, record.Location, string.Join("; ", record.Errors), cancellationToken);
                var errors = record.Errors.GroupBy(e => e.Split(':')[0]).ToDictionary(g => g.Key, g => g.ToArray());
                return Results.ValidationProblem(errors, title: "บันทึกการโทรไม่ถูกต้อง / Invalid transcript");
            }

            var accepted = await intake.AcceptAsync(record.Transcript, cancellationToken);
            http.HttpContext.RequestServices.GetRequiredService<ChannelAdapterRegistry>().Received(HotlineIntake.Channel);
            return Results.Json(new { receipt = accepted.ReceiptCode, duplicate = accepted.AlreadyAccepted, confirmed = record.Transcript.Confirmed },
                statusCode: StatusCodes.Status202Accepted);
        }).DisableAntiforgery();
        return endpoints;
    }

    static bool Authorised(HttpRequest http, string? expected) =>
        expected is not null
        && http.Headers[ApiKeyHeader].ToString() is { Length: > 0 } given
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    public static IServiceCollection AddHotline(this IServiceCollection services)
    {
        services.AddOptions<HotlineOptions>().BindConfiguration(HotlineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<HotlineIntake>();
        services.AddSingleton<HotlineDropFolder>();
        services.AddHostedService<HotlineDropFolderService>();
        return services;
    }
}
