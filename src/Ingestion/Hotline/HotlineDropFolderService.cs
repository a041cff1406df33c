using Hub.Ingestion.Channels.Adapters;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Hotline;

/// <summary>Scans the drop folder every <see cref="HotlineOptions.ScanInterval"/> while Hub runs, if a folder is configured.</summary>
public sealed class HotlineDropFolderService(
    HotlineDropFolder folder, ChannelAdapterRegistry adapters, IOptions<HotlineOptions> options, TimeProvider clock, ILogger<HotlineDropFolderService> logger) : BackgroundService
{
    /// <summary>The drop folder's name in the adapter registry; pausing it leaves new files where they are.</summary>
    public const string Adapter = "hotline-folder";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.DropDirectory is null)
        {
            return;
        }

        adapters.Register(Adapter, pulling: true);

        // Each pass follows an interval, the first one too: a file is read only when two scans saw it unchanged,
        // so nothing is gained by scanning while the host is still starting.
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.ScanInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await adapters.WaitWhilePausedAsync(Adapter, stoppingToken);
                var finished = await folder.ScanOnceAsync(stoppingToken);
                adapters.Polled(Adapter);
                for (var i = 0; i < finished; i++)
                {
                    adapters.Received(Adapter);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                adapters.Failed(Adapter, ex, clock.GetUtcNow() + options.Value.ScanInterval);
                logger.LogError("Hotline drop folder scan failed: {ErrorType}", ex.GetType().FullName);
            }
        }
    }
}
