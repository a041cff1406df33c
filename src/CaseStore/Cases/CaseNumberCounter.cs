namespace Hub.CaseStore.Cases;

/// <summary>The last case sequence handed out in a fiscal year; one row per year, updated under a row lock.</summary>
public sealed class CaseNumberCounter
{
    public int FiscalYear { get; init; }
    public int LastSequence { get; set; }
}
