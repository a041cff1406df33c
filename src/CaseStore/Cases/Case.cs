namespace Hub.CaseStore.Cases;

/// <summary>One incident, however many complaints and channels reported it.</summary>
public sealed class Case
{
    public Guid Id { get; init; }

    /// <summary>Human-facing number, e.g. <c>2569-000042</c>; see <see cref="CaseNumber"/>.</summary>
    public required string Number { get; init; }
    public int FiscalYear { get; init; }
    public int Sequence { get; init; }
    public CaseStatus Status { get; set; }
    public required string Category { get; set; }

    /// <summary>The unit handling the case; set only when the centre assigns it.</summary>
    public string? UnitCode { get; set; }

    /// <summary>The unit intake's classification says the complaint is about; its staff do not see the case for that.</summary>
    public string? AccusedUnitCode { get; set; }

    /// <summary>An accused person here reported another case (or the reverse) and this case is the newer: centre staff only.</summary>
    public bool PossibleRetaliation { get; set; }
    public DateTime OpenedAtUtc { get; init; }
    public DateTime? ConcludedAtUtc { get; set; }

    /// <summary>Staff linked this case into another: its complaints now live there.</summary>
    public Guid? MergedIntoCaseId { get; set; }
    public List<Complaint> Complaints { get; init; } = [];
    public List<CaseEvent> Events { get; init; } = [];
    public List<AccusedPerson> Accused { get; init; } = [];

    /// <summary>Not stored: the possible duplicates the signed-in viewer may see, filled by the case page's loader.</summary>
    public IReadOnlyList<Dedup.PossibleDuplicateView> PossibleDuplicates { get; set; } = [];
}
