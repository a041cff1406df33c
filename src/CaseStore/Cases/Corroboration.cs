namespace Hub.CaseStore.Cases;

/// <summary>
/// How independently an incident is reported: distinct reporters (by pseudonym) and distinct channels. Anonymous
/// complaints count once each, since two anonymous reporters cannot be told apart nor shown to be one person.
/// </summary>
public sealed record Corroboration(int Reporters, int Channels)
{
    public static Corroboration Of(IReadOnlyCollection<Complaint> complaints) => new(
        complaints.Select(c => c.ReporterAnonymous || c.ReporterPseudonym is null ? "anonymous:" + c.Id : c.ReporterPseudonym).Distinct().Count(),
        complaints.Select(c => c.Channel).Distinct().Count());
}
