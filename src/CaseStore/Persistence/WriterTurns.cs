namespace Hub.CaseStore.Persistence;

/// <summary>
/// The turns of one database file's single writer. Writers a reporter is waiting on (the door's acceptance batches)
/// are urgent; the pipeline's writers are not. When both wait, turns alternate, so a door never waits behind more than
/// one pipeline transaction and the pipeline is never starved; otherwise turns go in order of arrival.
/// </summary>
public sealed class WriterTurns
{
    static readonly AsyncLocal<bool> UrgentFlow = new();

    readonly object sync = new();
    readonly Queue<TaskCompletionSource> urgent = new();
    readonly Queue<TaskCompletionSource> normal = new();
    bool held;
    bool lastWasUrgent;

    /// <summary>Marks the current async flow's writes as ones a reporter is waiting on.</summary>
    public static void MarkUrgent() => UrgentFlow.Value = true;

    public static bool IsUrgentFlow => UrgentFlow.Value;

    public async Task EnterAsync(bool isUrgent, TimeSpan longest, CancellationToken cancellationToken)
    {
        TaskCompletionSource turn;
        lock (sync)
        {
            if (!held)
            {
                held = true;
                lastWasUrgent = isUrgent;
                return;
            }

            turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (isUrgent ? urgent : normal).Enqueue(turn);
        }

        try
        {
            await turn.Task.WaitAsync(longest, cancellationToken);
        }
        catch (Exception) when (!turn.TrySetCanceled(CancellationToken.None))
        {
            // The turn was handed over just as the wait gave up: take it, so it is passed on by Leave.
            return;
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Another writer of this process held the SQLite database for over {longest.TotalSeconds:0} s.");
        }
    }

    public void Leave()
    {
        lock (sync)
        {
            while (Next() is { } next)
            {
                // a waiter that gave up has cancelled its turn; pass over it
                if (next.TrySetResult())
                {
                    return;
                }
            }

            held = false;
        }
    }

    TaskCompletionSource? Next()
    {
        var takeUrgent = urgent.Count > 0 && (normal.Count == 0 || !lastWasUrgent);
        if (takeUrgent || normal.Count > 0)
        {
            lastWasUrgent = takeUrgent;
            return takeUrgent ? urgent.Dequeue() : normal.Dequeue();
        }

        return null;
    }
}
