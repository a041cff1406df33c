using Quartz;

namespace Hub.Publisher.Scheduling;

/// <summary>
/// The scheduled runs of <see cref="StatisticsPublisher"/>: the hourly statistics (site targets) and the monthly ITA
/// snapshot (every target, catalogues included). One class, two job keys, so the two can never overlap.
/// </summary>
[DisallowConcurrentExecution]
public sealed class PublishStatisticsJob(StatisticsPublisher publisher) : IJob
{
    public const string SnapshotKey = "snapshot";
    public static readonly JobKey Key = new("publish-statistics");
    public static readonly JobKey SnapshotJobKey = new("publish-ita-snapshot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await publisher.PublishAsync(cancellationToken, snapshot: context.MergedJobDataMap.GetBoolean(SnapshotKey));
}
