namespace Hub.CaseStore.Cases;

/// <summary>
/// A reference number a complaint carries (<c>1555:ZZMXBH</c>, <c>traffy:2023-ABC123</c>, …). The same call entered
/// into the 1555 hotline and into Traffy carries the same number, so it is the strongest duplicate evidence there is.
/// </summary>
public sealed class ComplaintReference
{
    public long Id { get; init; }
    public Guid ComplaintId { get; init; }
    public required string Reference { get; init; }
}
