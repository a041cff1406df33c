using Hub.CaseStore.Cases;
using Hub.CaseStore.Staff;

namespace Hub.CaseStore.Deadlines;

/// <summary>Where one clock of one case stands.</summary>
public sealed record ClockState(StatutoryClock Clock, DateTime StartedUtc, int ExtensionDays, DateOnly Due, DateTime? StoppedUtc)
{
    public bool Running => StoppedUtc is null;

    public bool IsOverdue(DateOnly today) => Running && today > Due;

    public bool IsDueSoon(DateOnly today, int warningDays) => Running && !IsOverdue(today) && today.AddDays(warningDays) >= Due;
}

/// <summary>
/// Derives a case's statutory clocks from its history: each starts and stops at a lifecycle event, so the clocks
/// need no state of their own and always agree with what the case page shows.
/// </summary>
public static class CaseClocks
{
    public const string ExtensionKind = "extension";

    public static IReadOnlyList<ClockState> Of(Case c, HolidayCalendar calendar)
    {
        var events = c.Events.OrderBy(e => e.Id).ToList();
        DateTime? At(CaseStatus status) => events.FirstOrDefault(e => e.Kind == CaseWork.StatusKind(status))?.AtUtc;
        var clocks = new List<ClockState>();

        // The reporter is told the screening outcome; the receipt page shows it from then on.
        clocks.Add(State(StatutoryClock.ReporterInformed, c.OpenedAtUtc, 0, At(CaseStatus.Screened), calendar));
        if (At(CaseStatus.Assigned) is { } assigned)
        {
            clocks.Add(State(StatutoryClock.PreliminaryInquiry, assigned, 0, At(CaseStatus.Investigation) ?? At(CaseStatus.Concluded), calendar));
        }

        var investigation = events.FirstOrDefault(e => e.Kind == CaseWork.StatusKind(CaseStatus.Investigation));
        if (investigation is not null)
        {
            var serious = investigation.Detail?.Contains("outcome: serious", StringComparison.Ordinal) == true;
            var extension = serious ? events.Where(e => e.Kind == ExtensionKind).Sum(e => ExtensionDays(e.Detail)) : 0;
            clocks.Add(State(serious ? StatutoryClock.SeriousInvestigation : StatutoryClock.MinorInvestigation, investigation.AtUtc, extension, At(CaseStatus.Concluded), calendar));
        }

        return clocks;
    }

    public static string ExtensionDetail(int days, string reason) => $"days: {days}\nreason: {reason}";

    static int ExtensionDays(string? detail) =>
        int.TryParse(detail?.Split('\n')[0].Replace("days: ", "", StringComparison.Ordinal), out var days) ? days : 0;

    static ClockState State(StatutoryClock clock, DateTime started, int extension, DateTime? stopped, HolidayCalendar calendar) =>
        new(clock, started, extension, clock.DueDate(started, extension, calendar), stopped);
}
