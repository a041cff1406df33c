namespace Hub.Ingestion.Evidence;

/// <summary>An attachment Hub will not keep (too large, a type it does not accept). The message says why, never what was inside.</summary>
public sealed class EvidenceRejectedException(string reason) : Exception(reason);
