namespace Hub.CaseStore.Cases;

/// <summary>Something that happened to a case: the history staff and auditors read.</summary>
public sealed class CaseEvent
{
    public long Id { get; init; }
    public Guid CaseId { get; init; }
    public DateTime AtUtc { get; init; }
    public required string Kind { get; init; }
    public string? Actor { get; init; }
    public string? Detail { get; init; }
}
