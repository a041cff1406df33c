namespace Hub.Contracts.Complaints;

/// <summary>
/// What the near-duplicate linker compares besides the MinHash signature: the complaint's content words and the
/// entities that pin an incident down. Identifying (names, plates), so it is stored only next to the complaint text.
/// </summary>
public sealed record IncidentFacts
{
    public IReadOnlyList<string> Words { get; init; } = [];
    public IReadOnlyList<string> Places { get; init; } = [];
    public IReadOnlyList<string> Officials { get; init; } = [];
    public IReadOnlyList<string> Identifiers { get; init; } = [];
    public IReadOnlyList<long> Amounts { get; init; } = [];

    /// <summary>The most distinctive words, used only to find candidates; absent from older normalizers' messages.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];
}
