namespace Hub.Ingestion.Chat;

/// <summary>
/// A LINE or Telegram call failed. Transient failures (429, 5xx, network, timeout) are retried; the rest are not.
/// The message names the call and status only, never an address or token.
/// </summary>
public sealed class ChatApiException(string message, bool transient, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public bool Transient { get; } = transient;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
