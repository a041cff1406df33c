namespace Hub.Contracts.Cases;

/// <summary>A new canonical case exists.</summary>
public sealed record CaseOpened(Guid CaseId, string CaseNumber, string Category, DateTimeOffset OpenedAtUtc);
