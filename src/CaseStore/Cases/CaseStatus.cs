namespace Hub.CaseStore.Cases;

/// <summary>ISO 37002 stages a case moves through; stored by name so reports stay readable.</summary>
public enum CaseStatus
{
    Received,
    Screened,
    Assigned,
    PreliminaryInquiry,
    Investigation,
    Concluded,
    Closed,
}
