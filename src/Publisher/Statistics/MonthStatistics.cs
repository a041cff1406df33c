namespace Hub.Publisher.Statistics;

/// <summary>The three ITA counts for one month of a fiscal year (regulation.md ITA items).</summary>
public sealed record MonthStatistics(int Year, int Month, string LabelTh, int Received, int Concluded, int InProgress)
{
    /// <summary>ITA wants an explicit "none" rather than a silent zero row.</summary>
    public bool NoComplaints => Received == 0;
}
