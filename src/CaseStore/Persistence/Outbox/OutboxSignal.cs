namespace Hub.CaseStore.Persistence.Outbox;

/// <summary>Lets a writer in this process wake the relay; other processes' rows are found by polling.</summary>
public sealed class OutboxSignal : IDisposable
{
    readonly SemaphoreSlim signal = new(0, 1);

    public void Wake()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake: one pending wake-up covers every write so far.
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => signal.Dispose();
}
