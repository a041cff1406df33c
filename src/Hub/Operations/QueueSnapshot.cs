namespace Hub.Operations;

/// <summary>One queue as operators see it. <see cref="InputQueue"/> groups <c>x_error</c> and <c>x_skipped</c> beside <c>x</c>.</summary>
public sealed record QueueSnapshot(
    string Name,
    long Ready,
    long Unacknowledged,
    int Consumers,
    double PublishPerSecond,
    double DeliverPerSecond,
    DateTimeOffset? OldestMessageAt)
{
    public const string ErrorSuffix = "_error";
    public const string SkippedSuffix = "_skipped";

    public string InputQueue =>
        Name.EndsWith(ErrorSuffix, StringComparison.Ordinal) ? Name[..^ErrorSuffix.Length]
        : Name.EndsWith(SkippedSuffix, StringComparison.Ordinal) ? Name[..^SkippedSuffix.Length]
        : Name;

    public bool IsFaultQueue => Name != InputQueue;
}
