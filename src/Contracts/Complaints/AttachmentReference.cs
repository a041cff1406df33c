namespace Hub.Contracts.Complaints;

/// <summary>Evidence kept in the content-addressed evidence store.</summary>
public sealed record AttachmentReference(string Sha256, string FileName, string ContentType, long SizeBytes);
