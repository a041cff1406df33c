namespace Hub.Publisher.Statistics;

/// <summary>The ITA counts for a fiscal quarter (Q1 = Oct–Dec, regulation.md CAL-3) up to the publication date.</summary>
public sealed record QuarterStatistics(int Quarter, string LabelTh, int Received, int Concluded, int InProgress, bool Complete)
{
    public bool NoComplaints => Received == 0;
}
