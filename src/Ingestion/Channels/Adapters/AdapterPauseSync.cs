using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Ingestion.Channels.Adapters;

/// <summary>Reads the stored pauses into the gate at start and then every few seconds, so pauses made elsewhere apply here.</summary>
public sealed class AdapterPauseSync(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AdapterPauseSync> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Before any adapter starts: an adapter paused before a restart must not take one message first.
        await SyncAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Interval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            if (!stoppingToken.IsCancellationRequested)
            {
                await SyncAsync(stoppingToken);
            }
        }
    }

    async Task SyncAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AdapterPauses>().RefreshAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Before migrations on a first start there is no table yet; the gate keeps its last known state.
            logger.LogWarning("Reading adapter pauses failed: {ErrorType}", ex.GetType().Name);
        }
    }
}
