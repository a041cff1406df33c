namespace Hub.Publisher.Statistics;

/// <summary>
/// What statistics may know about a case: dates, category, responsible unit and how it was reported.
/// Deliberately no text, reporter, case number or place finer than the unit.
/// </summary>
public sealed record CaseFacts(DateTime OpenedUtc, DateTime? ConcludedUtc, string Category, string? UnitCode, IReadOnlyList<string> Channels)
{
    public static CaseFacts Dates(DateTime openedUtc, DateTime? concludedUtc) => new(openedUtc, concludedUtc, "", null, []);
}
