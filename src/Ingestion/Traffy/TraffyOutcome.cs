namespace Hub.Ingestion.Traffy;

/// <summary>What taking one ticket did.</summary>
public enum TraffyOutcome
{
    /// <summary>First seen; a general service request, not a case.</summary>
    NewGeneral,

    /// <summary>First seen; alleges misconduct and became a complaint.</summary>
    NewComplaint,

    /// <summary>Known; its state or last activity moved on.</summary>
    Updated,

    /// <summary>Known and nothing newer.</summary>
    Unchanged,

    /// <summary>Redacted by Traffy (กรุงเทพโปร่งใส with no id or no text): counted, never a case.</summary>
    Redacted,
}
