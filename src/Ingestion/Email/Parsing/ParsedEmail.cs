using MimeKit;

namespace Hub.Ingestion.Email.Parsing;

/// <summary>One message read for intake. A class, not a record: a record would print the sender's address in logs.</summary>
public sealed class ParsedEmail
{
    public required string ChannelMessageId { get; init; }
    public required MailboxAddress From { get; init; }
    public string? Subject { get; init; }

    /// <summary>What the sender wrote now, without the quoted earlier mail.</summary>
    public required string Text { get; init; }
    public string? QuotedHistory { get; init; }
    public IReadOnlyList<MimeEntity> Attachments { get; init; } = [];
    public string? AuthenticationResults { get; init; }

    /// <summary>Receipt code or case number the message refers to.</summary>
    public string? RelatesTo { get; init; }
    public DateTimeOffset? Date { get; init; }
}
