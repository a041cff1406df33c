namespace Hub.Ingestion.Traffy;

/// <summary>One Traffy ticket as any of its formats gives it, reduced to what Hub uses. Times are UTC.</summary>
public sealed record TraffyTicketRecord
{
    /// <summary>Empty when Traffy redacted the ticket in a public feed (routed to กรุงเทพโปร่งใส).</summary>
    public required string TicketId { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<string> Organizations { get; init; } = [];
    public IReadOnlyList<string> Types { get; init; } = [];
    public required string State { get; init; }
    public double? Longitude { get; init; }
    public double? Latitude { get; init; }
    public string? District { get; init; }
    public DateTime? CreatedAtUtc { get; init; }
    public DateTime? LastActivityUtc { get; init; }

    /// <summary>geojson/v1's feed position: it only rises as tickets are created.</summary>
    public long? MessageId { get; init; }

    /// <summary>The geojson/v1 <c>see_info:false</c> placeholder: the ticket exists but its text is withheld.</summary>
    public bool Hidden { get; init; }
    public required string RawJson { get; init; }

    /// <summary>Fields that could not be read; the ticket is still taken with those fields empty.</summary>
    public IReadOnlyList<string> FieldProblems { get; init; } = [];

    public bool Redacted => TicketId.Length == 0 || (Text.Length == 0 && RoutedToTransparentBangkok);

    /// <summary>Traffy itself routed the ticket to its anti-corruption organisation or category.</summary>
    public bool RoutedToTransparentBangkok =>
        Organizations.Concat(Types).Any(v => v.Contains(TransparentBangkok, StringComparison.Ordinal) || v.Contains("ทุจริต", StringComparison.Ordinal));

    public const string TransparentBangkok = "กรุงเทพโปร่งใส";
}
