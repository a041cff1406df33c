namespace Hub.Ingestion.Email.Inbox;

/// <summary>Where one message sits: mailbox, UIDVALIDITY, UID, and when the server received it (INTERNALDATE).</summary>
public sealed record MessageKey(string Mailbox, long UidValidity, long Uid, DateTimeOffset? ReceivedAt);
