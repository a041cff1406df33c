using Quartz;

namespace Hub.CaseStore.Deadlines;

/// <summary>The scheduled run of <see cref="DeadlineMonitor"/>; runs never overlap.</summary>
[DisallowConcurrentExecution]
public sealed class DeadlineJob(DeadlineMonitor monitor) : IJob
{
    public static readonly JobKey Key = new("statutory-deadlines");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await monitor.RunAsync(cancellationToken);
}
