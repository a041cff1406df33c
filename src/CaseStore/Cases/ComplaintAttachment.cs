namespace Hub.CaseStore.Cases;

/// <summary>
/// Evidence a complaint came with: a pointer into the content-addressed evidence store. The original file name is
/// kept for the record but never shown, as reporters often name files after themselves.
/// </summary>
public sealed class ComplaintAttachment
{
    public long Id { get; init; }
    public Guid ComplaintId { get; init; }
    public required string Sha256 { get; init; }
    public required string MediaType { get; init; }
    public long SizeBytes { get; init; }
    public string? OriginalName { get; init; }
}
