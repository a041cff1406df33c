namespace Hub.Ingestion.Accepting;

/// <param name="AlreadyAccepted">The channel delivered this message before; the first receipt is returned again.</param>
public sealed record AcceptedComplaint(Guid ComplaintId, string ReceiptCode, bool AlreadyAccepted);
