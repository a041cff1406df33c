using System.ComponentModel.DataAnnotations;

namespace Hub.CaseStore.Accounts;

/// <summary>
/// Bound from <c>Hub:SignIn</c>: the lockout of one sign-in id after repeated failures (the same numbers as the staff
/// accounts' own lockout, so known and unknown ids behave alike) and the attempts one client address may make per window.
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string SectionName = "Hub:SignIn";

    [Range(1, 1000)]
    public int MaxFailures { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);

    [Range(1, 100_000)]
    public int PermitsPerWindow { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
