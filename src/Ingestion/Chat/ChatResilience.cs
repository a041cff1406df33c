using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Hub.Ingestion.Chat;

/// <summary>
/// Short in-process retries of LINE and Telegram calls: exponential with jitter, honouring Retry-After when the platform
/// asks for a wait we are willing to hold a worker for. What still fails goes back to the durable backoff of its row.
/// </summary>
public sealed class ChatResilience(IOptions<ChatOptions> options)
{
    public ResiliencePipeline Pipeline { get; } = Build(options.Value);

    static ResiliencePipeline Build(ChatOptions settings) => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, settings.RetryAttempts),
            Delay = settings.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = args => ValueTask.FromResult(
                settings.RetryAttempts > 0
                && args.Outcome.Exception is ChatApiException { Transient: true } failure
                && (failure.RetryAfter is null || failure.RetryAfter <= settings.MaxInProcessRetryAfter)),
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is ChatApiException { RetryAfter: { } wait } ? wait : (TimeSpan?)null),
        })
        .Build();
}
