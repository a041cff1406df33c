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

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await folder.ScanOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError("Hotline drop folder scan failed: {ErrorType}", ex.GetType().FullName);
            }

            await Task.Delay(options.Value.ScanInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
