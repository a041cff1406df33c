using Hub.CaseStore.Audit;
using Hub.CaseStore.Persistence;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Staff;

/// <summary>Writers racing for the same link of the audit chain (issue #7 "Audit chain") must not fork it or fail.</summary>
public class AuditConcurrencyTests
{
    const int Writers = 6;
    const int AppendsEach = 4;

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Simultaneous_appends_keep_one_verifiable_chain(DatabaseProvider provider)
    {
        await using var database = await ProviderDatabase.CreateAsync(provider, s => s.AddSingleton(TimeProvider.System).AddSingleton(new AuditChainKey(new byte[32])).AddScoped<AuditLog>());
        var allRead = new CountdownEvent(Writers);
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task Write(int writer)
        {
            for (var i = 0; i < AppendsEach; i++)
            {
                await using var scope = database.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
                await scope.ServiceProvider.GetRequiredService<AuditLog>().AppendAsync($"writer-{writer}", "test.append", null, $"{i}", CancellationToken.None);
                if (i == 0)
                {
                    // Every writer has read the same head before anyone saves, so the first round certainly collides.
                    allRead.Signal();
                    await go.Task;
                }

                await db.SaveChangesAsync();
            }
        }

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() => Write(w))).ToList();
        Assert.True(allRead.Wait(TimeSpan.FromSeconds(30)));
        go.SetResult();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(60));

        var result = await database.WithDbAsync(db => AuditVerifier.VerifyAsync(db, database.Services.GetRequiredService<AuditChainKey>(), null, CancellationToken.None));
        Assert.True(result.Intact, result.Problem);
        Assert.Equal(Writers * AppendsEach, result.EntriesChecked);
    }
}
