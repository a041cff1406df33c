namespace Hub.CaseStore.Persistence.PublishRuns;

/// <summary>One push of the public statistics to one target, for operators: when, where, and how it ended.</summary>
public sealed class PublishRun
{
    public Guid Id { get; init; }
    public DateTime StartedAtUtc { get; init; }
    public DateTime? FinishedAtUtc { get; set; }
    public required string Target { get; init; }
    public int FiscalYear { get; init; }

    /// <summary><c>running</c>, <c>succeeded</c> or <c>failed</c>.</summary>
    public required string Outcome { get; set; }
    public int Attempts { get; set; }

    /// <summary>The exception type of the last failure; never its message, which could quote data.</summary>
    public string? ErrorType { get; set; }
}
