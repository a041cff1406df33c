using Quartz;

namespace Hub.Publisher.Scheduling;

/// <summary>The scheduled run of <see cref="StatisticsPublisher"/>; runs never overlap.</summary>
[DisallowConcurrentExecution]
public sealed class PublishStatisticsJob(StatisticsPublisher publisher) : IJob
{
    public static readonly JobKey Key = new("publish-statistics");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await publisher.PublishAsync(cancellationToken);
}
