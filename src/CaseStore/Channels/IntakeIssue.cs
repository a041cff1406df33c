namespace Hub.CaseStore.Channels;

/// <summary>
/// Input a door could not take (or took with a caveat), kept for operators: which channel, which file or request,
/// which row or field, and why. Never the reporter's text or contact.
/// </summary>
public sealed class IntakeIssue
{
    public long Id { get; init; }
    public required string Channel { get; init; }

    /// <summary>File name, request path or feed name.</summary>
    public required string Source { get; init; }

    /// <summary>Row, record or field, e.g. <c>row 17: coords</c>.</summary>
    public string? Location { get; init; }
    public required string Reason { get; init; }
    public DateTime AtUtc { get; init; }
}
