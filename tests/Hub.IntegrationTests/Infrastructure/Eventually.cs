namespace Hub.IntegrationTests.Infrastructure;

/// <summary>Polls an asynchronous pipeline until a condition holds; fails with the last observed value.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null, string? because = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        T last;
        while (true)
        {
            last = await probe();
            if (done(last))
            {
                return last;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Condition not met in time{(because is null ? "" : $" ({because})")}; last value: {last}");
            }

            await Task.Delay(100);
        }
    }
}
