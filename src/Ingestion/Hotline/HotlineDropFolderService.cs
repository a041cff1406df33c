using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Hotline;

/// <summary>Scans the drop folder every <see cref="HotlineOptions.ScanInterval"/> while Hub runs, if a folder is configured.</summary>
public sealed class HotlineDropFolderService(HotlineDropFolder folder, IOptions<HotlineOptions> options, TimeProvider clock, ILogger<HotlineDropFolderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.DropDirectory is null)
        {
            return;
        }

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
                await folder.ScanOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError("Hotline drop folder scan failed: {ErrorType}", ex.GetType().FullName);
            }
        }
    }
}
