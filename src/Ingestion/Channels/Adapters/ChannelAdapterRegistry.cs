using System.Collections.Concurrent;

namespace Hub.Ingestion.Channels.Adapters;

/// <summary>
/// The one place every channel adapter reports into (e-mail, LINE, Telegram, hotline, web form, officer entry, Traffy)
/// and the pause gate pulling adapters wait at. Pause state itself lives in the database (<see cref="AdapterPauses"/>);
/// this registry holds the copy the gate reads, refreshed by <see cref="AdapterPauseSync"/>.
/// </summary>
public sealed class ChannelAdapterRegistry(TimeProvider clock)
{
    readonly ConcurrentDictionary<string, AdapterState> states = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, TaskCompletionSource> resumed = new(StringComparer.Ordinal);

    public static readonly TimeSpan PauseCheck = TimeSpan.FromSeconds(1);

    public IReadOnlyList<AdapterState> All => states.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();

    public AdapterState? Of(string name) => states.GetValueOrDefault(name);

    /// <summary>Makes an adapter known before its first message, so the console lists it even while it is quiet.</summary>
    public void Register(string name, bool pulling, AdapterStatus status = AdapterStatus.Starting, string? detail = null) =>
        Update(name, pulling, s => s with { Status = status, Detail = detail ?? s.Detail });

    public void Running(string name, string? detail = null) => Update(name, null, s => s with
    {
        Status = AdapterStatus.Running, Detail = detail ?? s.Detail, ConsecutiveFailures = 0, CircuitOpenUntil = null,
    });

    /// <summary>A fetch from the source completed: the adapter is caught up to now.</summary>
    public void Polled(string name, string? detail = null) => Update(name, null, s => s with
    {
        Status = AdapterStatus.Running, Detail = detail ?? s.Detail, LastPolledAtUtc = clock.GetUtcNow(), ConsecutiveFailures = 0, CircuitOpenUntil = null, LastErrorType = null,
    });

    public void Received(string name, bool accepted = true) => Update(name, null, s => s with
    {
        LastMessageAtUtc = clock.GetUtcNow(),
        Received = s.Received + (accepted ? 1 : 0),
        Rejected = s.Rejected + (accepted ? 0 : 1),
        Status = s.Status == AdapterStatus.Starting ? AdapterStatus.Running : s.Status,
    });

    /// <summary>The adapter delivered something outward (a chat reply): the source's API works.</summary>
    public void Sent(string name) => Update(name, null, s => s with
    {
        LastSentAtUtc = clock.GetUtcNow(), Status = s.Status is AdapterStatus.Starting or AdapterStatus.Failing ? AdapterStatus.Running : s.Status, ConsecutiveFailures = 0,
    });

    /// <param name="retryAt">When the adapter will try again: the circuit is open until then.</param>
    public void Failed(string name, Exception error, DateTimeOffset? retryAt = null, bool reconnecting = false) => Update(name, null, s => s with
    {
        Status = AdapterStatus.Failing,
        ErrorCount = s.ErrorCount + 1,
        ConsecutiveFailures = s.ConsecutiveFailures + 1,
        LastErrorType = error.GetType().Name,
        LastErrorAtUtc = clock.GetUtcNow(),
        CircuitOpenUntil = retryAt,
        Reconnects = s.Reconnects + (reconnecting ? 1 : 0),
    });

    public bool IsPaused(string name) => states.TryGetValue(name, out var s) && s.Paused;

    /// <summary>
    /// Returns at once unless <paramref name="name"/> is paused; then waits until it is resumed. Pulling adapters call
    /// this before each fetch, so while paused nothing is taken from the source and nothing can be lost.
    /// </summary>
    public async Task WaitWhilePausedAsync(string name, CancellationToken cancellationToken)
    {
        if (!IsPaused(name))
        {
            return;
        }

        Update(name, null, s => s with { Holding = true });
        try
        {
            while (IsPaused(name))
            {
                var signal = resumed.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                if (!IsPaused(name))
                {
                    return;
                }

                await signal.Task.WaitAsync(cancellationToken);
            }
        }
        finally
        {
            Update(name, null, s => s with { Holding = false });
        }
    }

    /// <summary>Applies the stored pause set: names not in it are resumed.</summary>
    public void ApplyPauses(IReadOnlySet<string> paused)
    {
        foreach (var name in paused)
        {
            Update(name, null, s => s with { Paused = true });
        }

        foreach (var state in states.Values.Where(s => s.Paused && !paused.Contains(s.Name)))
        {
            Update(state.Name, null, s => s with { Paused = false });
            if (resumed.TryRemove(state.Name, out var signal))
            {
                signal.TrySetResult();
            }
        }
    }

    void Update(string name, bool? pulling, Func<AdapterState, AdapterState> change) =>
        states.AddOrUpdate(name,
            n => change(new AdapterState(n, pulling ?? false)),
            (_, current) => change(pulling is { } p ? current with { Pulling = p } : current));
}
