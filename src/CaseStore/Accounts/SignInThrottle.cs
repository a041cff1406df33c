using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace Hub.CaseStore.Accounts;

public enum SignInGate
{
    Open,
    /// <summary>The id failed too often; refused whether or not it names an account, so the answer reveals nothing.</summary>
    Locked,
    /// <summary>This client address tried too often in the window, across all ids (password spraying).</summary>
    Throttled,
}

/// <summary>
/// Per-process failure counts for sign-in doors whose accounts have no lockout of their own (officer entry, configured
/// accounts) and for ids that name no staff account. Ids are counted whether they exist or not: an attacker probing
/// ids sees the same lockout for both. In-memory by design: a restart forgets, several instances count separately
/// (each still caps an attacker), and nothing about a failed attempt is written to disk.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    // Bounded: an attacker inventing ids must not grow the process without limit.
    const int MaxTracked = 50_000;

    readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, Window> clients = new(StringComparer.Ordinal);

    /// <summary>Counts this attempt against the client address and says whether it may go on.</summary>
    public SignInGate Check(string door, string id, IPAddress? client)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        Prune(now);
        var window = clients.AddOrUpdate(door + "|" + (client?.ToString() ?? "unknown"),
            _ => new Window(now, 1),
            (_, w) => now - w.Start >= settings.Window ? new Window(now, 1) : w with { Attempts = w.Attempts + 1 });
        if (window.Attempts > settings.PermitsPerWindow)
        {
            return SignInGate.Throttled;
        }

        return IsLocked(door, id) ? SignInGate.Locked : SignInGate.Open;
    }

    public bool IsLocked(string door, string id) =>
        failures.TryGetValue(Key(door, id), out var f) && f.LockedUntil is { } until && until > clock.GetUtcNow();

    /// <returns>True when this failure locked the id.</returns>
    public bool RecordFailure(string door, string id)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var updated = failures.AddOrUpdate(Key(door, id),
            _ => Next(new Failures(0, null, now)),
            (_, f) => Next(f.LockedUntil is { } until && until <= now ? new Failures(0, null, now) : f));
        return updated.LockedUntil is not null;

        Failures Next(Failures f) => f.Count + 1 >= settings.MaxFailures
            ? new Failures(f.Count + 1, f.LockedUntil ?? now + settings.Lockout, now)
            : f with { Count = f.Count + 1, Last = now };
    }

    public void RecordSuccess(string door, string id) => failures.TryRemove(Key(door, id), out _);

    static string Key(string door, string id) => door + "|" + id.Trim().ToUpperInvariant();

    void Prune(DateTimeOffset now)
    {
        if (failures.Count + clients.Count < MaxTracked)
        {
            return;
        }

        var settings = options.Value;
        foreach (var (key, f) in failures)
        {
            if ((f.LockedUntil ?? f.Last + settings.Lockout) <= now)
            {
                failures.TryRemove(key, out _);
            }
        }

        foreach (var (key, w) in clients)
        {
            if (now - w.Start >= settings.Window)
            {
                clients.TryRemove(key, out _);
            }
        }
    }

    sealed record Failures(int Count, DateTimeOffset? LockedUntil, DateTimeOffset Last);

    sealed record Window(DateTimeOffset Start, int Attempts);
}
