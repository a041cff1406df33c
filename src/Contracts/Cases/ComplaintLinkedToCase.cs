namespace Hub.Contracts.Cases;

/// <summary>A complaint was attached to a case, either as its first complaint or as a duplicate.</summary>
public sealed record ComplaintLinkedToCase(Guid CaseId, string CaseNumber, Guid ComplaintId, string ReceiptCode, string Reason);
