using Hub.CaseStore.Persistence;

namespace Hub.Tests.Persistence;

public sealed class WriterTurnsTests
{
    static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Waiting_doors_and_pipeline_writers_take_alternate_turns_each_in_arrival_order()
    {
        var turns = new WriterTurns();
        await turns.EnterAsync(isUrgent: false, Long, CancellationToken.None);
        var order = new List<string>();
        var waiters = new[] { ("pipeline-1", false), ("pipeline-2", false), ("door-1", true), ("door-2", true), ("pipeline-3", false) }
            .Select(w => TakeTurnAsync(turns, w.Item1, w.Item2, order))
            .ToList();

        turns.Leave();
        await Task.WhenAll(waiters).WaitAsync(Long);

        Assert.Equal(["door-1", "pipeline-1", "door-2", "pipeline-2", "pipeline-3"], order);
    }

    [Fact]
    public async Task A_writer_that_gives_up_waiting_gets_a_clear_error_and_the_turn_passes_to_the_next()
    {
        var turns = new WriterTurns();
        await turns.EnterAsync(isUrgent: false, Long, CancellationToken.None);
        var impatient = turns.EnterAsync(isUrgent: true, TimeSpan.FromMilliseconds(50), CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        var cancelledWaiter = turns.EnterAsync(isUrgent: false, Long, cancelled.Token);
        var patient = turns.EnterAsync(isUrgent: false, Long, CancellationToken.None);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => impatient);
        Assert.Contains("SQLite", error.Message, StringComparison.Ordinal);
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelledWaiter);
        Assert.False(patient.IsCompleted);

        turns.Leave();
        await patient.WaitAsync(Long);
        turns.Leave();
        await turns.EnterAsync(isUrgent: false, TimeSpan.FromSeconds(5), CancellationToken.None);
    }

    static async Task TakeTurnAsync(WriterTurns turns, string name, bool urgent, List<string> order)
    {
        await turns.EnterAsync(urgent, Long, CancellationToken.None);
        lock (order)
        {
            order.Add(name);
        }

        turns.Leave();
    }
}
