namespace Hub.Operations;

/// <summary>What an operator may see of a failed message: its id and the failure, never its body.</summary>
public sealed record FaultedMessage(string? MessageId, string? ExceptionType, string? ExceptionMessage, DateTimeOffset? FaultedAt);
