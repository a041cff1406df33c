namespace Hub.Contracts.Complaints;

/// <summary>Where the incident happened, as precisely as the reporter said.</summary>
public sealed record ComplaintLocation(string? District, double? Latitude, double? Longitude);
