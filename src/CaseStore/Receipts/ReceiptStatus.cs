namespace Hub.CaseStore.Receipts;

/// <summary>What the public may learn from a receipt code: progress, never personal data.</summary>
public sealed record ReceiptStatus(string Receipt, string Status, string StatusTh, string? CaseNumber, DateTimeOffset AcceptedAt);
