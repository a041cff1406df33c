namespace Hub.Contracts.Complaints;

/// <summary>
/// A complaint accepted at one of Hub's doors, exactly as the channel gave it.
/// Published once the complaint is durable; the receipt code has already been given to the reporter.
/// </summary>
/// <remarks>
/// The reporter's contact never travels on the bus: <see cref="Reporter"/> only points into the
/// encrypted identity vault.
/// </remarks>
public sealed record ComplaintReceived
{
    public required Guid ComplaintId { get; init; }
    public required string ReceiptCode { get; init; }
    public required string Channel { get; init; }

    /// <summary>The channel's own id for the message (LINE webhookEventId, IMAP Message-ID, …); the redelivery key.</summary>
    public required string ChannelMessageId { get; init; }
    public required DateTimeOffset ReceivedAtUtc { get; init; }
    public string? Subject { get; init; }
    public required string Text { get; init; }
    public required ReporterReference Reporter { get; init; }
    public IReadOnlyList<AttachmentReference> Attachments { get; init; } = [];
    public ComplaintLocation? Location { get; init; }

    /// <summary>
    /// A receipt code or case number the reporter quoted (e.g. replying to an acknowledgement): the case store adds
    /// this complaint to that case as further information instead of opening a new one.
    /// </summary>
    public string? RelatesTo { get; init; }
    /// Reference numbers the channel gave or the text quotes (<c>1555:ZZMXBH</c>, <c>traffy:2023-ABC123</c>,
    /// <c>letter:…</c>); a complaint sharing one with an existing case joins that case.
    /// </summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>
    /// For oral complaints only: whether the operator read the complaint back and the caller confirmed it.
    /// <c>null</c> for written channels; <c>false</c> marks the complaint as unconfirmed.
    /// </summary>
    public bool? CallerConfirmed { get; init; }
}
