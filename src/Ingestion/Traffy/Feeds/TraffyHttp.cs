using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Hub.Ingestion.Traffy.Feeds;

/// <summary>
/// Every call Hub makes to Traffy, Exchange and public alike: one GET or POST, its answer classified (429, 5xx,
/// HTTP-200 <c>{status:"fail"}</c>) and transient failures retried with exponential backoff and jitter, honouring
/// Retry-After up to <see cref="TraffyOptions.MaxBackoff"/>. What still fails ends the pass; the poller backs off.
/// </summary>
public sealed class TraffyHttp(IHttpClientFactory clients, IOptions<TraffyOptions> options, TimeProvider clock)
{
    public const string ClientName = "traffy";

    readonly ResiliencePipeline pipeline = Build(options.Value, clock);

    /// <param name="request">Builds the request afresh for each attempt (a renewed token, a new body stream).</param>
    /// <param name="failed">Hears each failed attempt before it is retried, e.g. to drop an expired token.</param>
    public Task<JsonObject> SendAsync(Func<CancellationToken, Task<HttpRequestMessage>> request, CancellationToken cancellationToken, Action<TraffyFeedException>? failed = null) =>
        pipeline.ExecuteAsync(async token =>
        {
            using var message = await request(token);
            using var response = await clients.CreateClient(ClientName).SendAsync(message, token);
            try
            {
                return await ReadAsync(response, token);
            }
            catch (TraffyFeedException failure)
            {
                failed?.Invoke(failure);
                throw;
            }
        }, cancellationToken).AsTask();

    static async Task<JsonObject> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new TraffyFeedException(TraffyFailure.RateLimited, status, RetryAfter(response));
        }

        if (status >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout)
        {
            throw new TraffyFeedException(TraffyFailure.ServerError, status, RetryAfter(response));
        }

        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new TraffyFeedException(TraffyFailure.TokenExpired, status);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new TraffyFeedException(TraffyFailure.Refused, status);
        }

        JsonObject answer;
        try
        {
            answer = await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken) as JsonObject
                ?? throw new TraffyFeedException(TraffyFailure.MalformedAnswer, status);
        }
        catch (JsonException)
        {
            throw new TraffyFeedException(TraffyFailure.MalformedAnswer, status);
        }

        // Traffy reports errors as HTTP 200 with {status:"fail", message}; the public feeds say status:true.
        if (answer["status"] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() == "fail")
        {
            var message = answer["message"]?.ToString() ?? "";
            throw new TraffyFeedException(
                message.Contains("quota", StringComparison.OrdinalIgnoreCase) ? TraffyFailure.QuotaExhausted
                : message.Contains("expired", StringComparison.OrdinalIgnoreCase) || message.Contains("token", StringComparison.OrdinalIgnoreCase) ? TraffyFailure.TokenExpired
                : TraffyFailure.Fail,
                status);
        }

        return answer;
    }

    static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta ?? (response.Headers.RetryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);

    static ResiliencePipeline Build(TraffyOptions settings, TimeProvider clock) => new ResiliencePipelineBuilder { TimeProvider = clock }
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, settings.RetryAttempts),
            Delay = settings.RetryBaseDelay,
            MaxDelay = settings.MaxBackoff,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = args => ValueTask.FromResult(settings.RetryAttempts > 0 && args.Outcome.Exception switch
            {
                TraffyFeedException failure => failure.Transient && (failure.RetryAfter is null || failure.RetryAfter <= settings.MaxBackoff),
                HttpRequestException => true,
                TaskCanceledException => !args.Context.CancellationToken.IsCancellationRequested,
                _ => false,
            }),
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is TraffyFeedException { RetryAfter: { } wait } ? wait : (TimeSpan?)null),
        })
        .Build();
}
