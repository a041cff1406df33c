namespace Hub.Ingestion.Chat;

/// <summary>A chat platform as the conversation engine sees it: read a stored event, send a message.</summary>
public interface IChatChannel
{
    string Name { get; }

    /// <summary>Turns one stored raw event into what the reporter did, fetching any media into the evidence store.</summary>
    Task<IReadOnlyList<ChatMessage>> ReadAsync(string rawEvent, CancellationToken cancellationToken);

    /// <summary>Delivers one message, retrying transient failures; throws <see cref="ChatApiException"/> when it could not.</summary>
    Task SendAsync(ChatDelivery delivery, CancellationToken cancellationToken);
}

/// <param name="RetryKey">Stable across attempts, so a platform that supports it (LINE) never delivers a retry twice.</param>
public sealed record ChatDelivery(Guid RetryKey, string Address, string Text, string? ReplyToken)
{
    public override string ToString() => $"ChatDelivery {{ {RetryKey} }}";
}
