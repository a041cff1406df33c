namespace Hub.Normalizer.Dedup;

/// <summary>
/// What the duplicate linker compares: the complaint's content words and their MinHash signature, and the
/// entities that pin down one incident (unit, category, places, named officials, identifiers, amounts, time).
/// </summary>
public sealed record IncidentFingerprint
{
    public required string ComplaintId { get; init; }
    public required string Channel { get; init; }

    /// <summary>Pseudonym or other stable key of the reporter, when known; counts independent reporters.</summary>
    public string? ReporterKey { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public required string Unit { get; init; }
    public required string Category { get; init; }
    public required IReadOnlyList<string> Words { get; init; }
    public required uint[] Signature { get; init; }
    public IReadOnlyList<string> Places { get; init; } = [];
    public IReadOnlyList<string> Officials { get; init; } = [];

    /// <summary>Licence plates, bank accounts, LINE ids: one of these shared is nearly proof of one incident.</summary>
    public IReadOnlyList<string> Identifiers { get; init; } = [];
    public IReadOnlyList<long> Amounts { get; init; } = [];

    /// <summary>The complaint's most distinctive words (see <see cref="TermRarity"/>): lookup keys only, never scored.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>Keys of the inverted entity index: a complaint is compared only with complaints sharing one of these or an LSH band.</summary>
    public IEnumerable<string> EntityKeys =>
        Places.Select(p => "place:" + p)
            .Concat(Officials.Select(o => "official:" + o))
            .Concat(Identifiers.Select(i => "id:" + i))
            .Concat(Amounts.Select(a => $"amount:{Unit}:{a}"))
            .Concat(Terms.Select(t => "term:" + t))
            .Concat(Unit == "UNKNOWN" ? [] : ["unit:" + Unit])
            .Append($"unit:{Unit}:{Category}");
}
