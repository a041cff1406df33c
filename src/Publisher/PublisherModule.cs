using Hub.CaseStore.Cases;
using Hub.CaseStore.Persistence;
using Hub.Publisher.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Hub.Publisher;

public static class PublisherModule
{
    /// <summary>The publisher and, unless <paramref name="schedule"/> is false (a one-off CLI run), its Quartz schedule.</summary>
    public static IServiceCollection AddPublisher(this IServiceCollection services, IConfiguration configuration, bool schedule)
    {
        services.AddHubDatabase();
        services.AddOptions<PublisherOptions>().BindConfiguration(PublisherOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => CronExpression.TryParse(o.StatisticsCron, out _), "Hub:Publisher:StatisticsCron is not a valid Quartz cron expression.")
            .ValidateOnStart();
        services.AddScoped<StatisticsPublisher>();
        if (!schedule)
        {
            return services;
        }

        var cron = configuration.GetSection(PublisherOptions.SectionName).Get<PublisherOptions>()?.StatisticsCron ?? new PublisherOptions().StatisticsCron;
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<PublishStatisticsJob>(job => job.WithIdentity(PublishStatisticsJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(PublishStatisticsJob.Key).WithIdentity("publish-statistics-cron")
                .WithCronSchedule(CronExpression.TryParse(cron, out _) ? cron : new PublisherOptions().StatisticsCron,
                    c => c.InTimeZone(FiscalYear.Bangkok)));
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        return services;
    }
}
