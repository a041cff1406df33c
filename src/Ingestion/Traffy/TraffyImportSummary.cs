namespace Hub.Ingestion.Traffy;

/// <summary>Counts of one import or poll, for the CLI and the operators' page.</summary>
public sealed class TraffyImportSummary
{
    public int Read { get; set; }
    public int NewComplaints { get; set; }
    public int NewGeneral { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Redacted { get; set; }
    public List<string> Errors { get; } = [];

    public void Count(TraffyOutcome outcome)
    {
        Read++;
        switch (outcome)
        {
            case TraffyOutcome.NewComplaint: NewComplaints++; break;
            case TraffyOutcome.NewGeneral: NewGeneral++; break;
            case TraffyOutcome.Updated: Updated++; break;
            case TraffyOutcome.Unchanged: Unchanged++; break;
            case TraffyOutcome.Redacted: Redacted++; break;
        }
    }

    /// <summary>Adds another walk's counts, e.g. a second feed in the same pass.</summary>
    public void Add(TraffyImportSummary other)
    {
        Read += other.Read;
        NewComplaints += other.NewComplaints;
        NewGeneral += other.NewGeneral;
        Updated += other.Updated;
        Unchanged += other.Unchanged;
        Redacted += other.Redacted;
        Errors.AddRange(other.Errors);
    }

    public override string ToString() =>
        $"{Read} read: {NewComplaints} new complaints, {NewGeneral} new general, {Updated} updated, {Unchanged} unchanged, {Redacted} redacted (counted, not cased), {Errors.Count} errors";
}
