namespace Hub.Ingestion.Traffy.Feeds;

/// <summary>
/// A Traffy answer Hub could not use. The message names only the kind and HTTP status: Traffy's own message can quote
/// ticket text, so it is never carried.
/// </summary>
public sealed class TraffyFeedException(TraffyFailure kind, int? status = null, TimeSpan? retryAfter = null)
    : Exception($"Traffy answered {kind}{(status is null ? "" : $" (HTTP {status})")}")
{
    public TraffyFailure Kind { get; } = kind;
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Worth retrying soon; quota exhaustion and refused credentials are not.</summary>
    public bool Transient => Kind is not (TraffyFailure.QuotaExhausted or TraffyFailure.Refused);
}

public enum TraffyFailure
{
    /// <summary>HTTP 429.</summary>
    RateLimited,

    /// <summary>HTTP 5xx or 408.</summary>
    ServerError,

    /// <summary>HTTP 200 with <c>{status:"fail"}</c> for a reason other than the two below.</summary>
    Fail,

    /// <summary><c>This token has expired</c>, or 401: the token is dropped and fetched again.</summary>
    TokenExpired,

    /// <summary><c>Running out of API usage quota</c>, or Hub's own count reached the month's limit.</summary>
    QuotaExhausted,

    /// <summary>Credentials refused or another 4xx: an operator must act.</summary>
    Refused,

    /// <summary>Not the JSON shape expected.</summary>
    MalformedAnswer,
}
