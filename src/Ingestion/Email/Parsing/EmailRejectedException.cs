namespace Hub.Ingestion.Email.Parsing;

/// <summary>A message Hub cannot take as a complaint; it goes to the failed folder with this reason (never its content).</summary>
public sealed class EmailRejectedException(string reason) : Exception(reason);
