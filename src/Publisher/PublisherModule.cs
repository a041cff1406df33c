using Hub.CaseStore.Audit;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Persistence;
using Hub.Publisher.Scheduling;
using Hub.Publisher.Targets;
using Hub.Publisher.Targets.Ckan;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Hub.Publisher;

public static class PublisherModule
{
    /// <summary>The publisher and, unless <paramref name="schedule"/> is false (a one-off CLI run), its Quartz schedules.</summary>
    public static IServiceCollection AddPublisher(this IServiceCollection services, IConfiguration configuration, bool schedule)
    {
        services.AddHubDatabase();
        services.AddAuditChain();
        services.AddOptions<PublisherOptions>().BindConfiguration(PublisherOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => CronExpression.TryParse(o.StatisticsCron, out _), "Hub:Publisher:StatisticsCron is not a valid Quartz cron expression.")
            .Validate(o => CronExpression.TryParse(o.ItaSnapshotCron, out _), "Hub:Publisher:ItaSnapshotCron is not a valid Quartz cron expression.")
            .Validate(o => o.PushRetryDelay >= TimeSpan.Zero && o.PushRetryDelay <= TimeSpan.FromMinutes(10), "Hub:Publisher:PushRetryDelay must be between 00:00:00 and 00:10:00.")
            .Validate(o => !o.Ckan.Enabled || !string.IsNullOrWhiteSpace(o.Ckan.ApiToken), "Hub:Publisher:Ckan:ApiToken is required when Hub:Publisher:Ckan:Url is set.")
            .Validate(o => !o.Ckan.Enabled || !string.IsNullOrWhiteSpace(o.Ckan.OwnerOrg), "Hub:Publisher:Ckan:OwnerOrg is required when Hub:Publisher:Ckan:Url is set.")
            .Validate(o => !o.Ckan.Enabled || !string.IsNullOrWhiteSpace(o.Ckan.MaintainerEmail), "Hub:Publisher:Ckan:MaintainerEmail is required when Hub:Publisher:Ckan:Url is set.")
            .ValidateOnStart();
        services.AddScoped<StatisticsPublisher>();
        services.AddScoped<PushRunner>();

        // The directory comes first: it is the record of what was revealed, and nothing is pushed elsewhere if it fails.
        services.AddScoped<IPublishTarget, DirectoryTarget>();
        var settings = configuration.GetSection(PublisherOptions.SectionName).Get<PublisherOptions>() ?? new PublisherOptions();
        if (settings.Http.Url is not null)
        {
            services.AddHttpClient<HttpPutTarget>();
            services.AddScoped<IPublishTarget>(sp => sp.GetRequiredService<HttpPutTarget>());
        }

        if (settings.Ckan.Enabled)
        {
            services.AddHttpClient<CkanClient>();
            services.AddScoped<IPublishTarget, CkanTarget>();
        }

        if (!schedule)
        {
            return services;
        }

        var defaults = new PublisherOptions();
        services.AddQuartz(quartz =>
        {
            foreach (var (key, cron, fallback, snapshot) in new[]
                     {
                         (PublishStatisticsJob.Key, settings.StatisticsCron, defaults.StatisticsCron, false),
                         (PublishStatisticsJob.SnapshotJobKey, settings.ItaSnapshotCron, defaults.ItaSnapshotCron, true),
                     })
            {
                quartz.AddJob<PublishStatisticsJob>(job => job.WithIdentity(key).UsingJobData(PublishStatisticsJob.SnapshotKey, snapshot));
                // An invalid cron fails options validation at start; the fallback only keeps Quartz from throwing first.
                quartz.AddTrigger(trigger => trigger.ForJob(key).WithIdentity(key.Name + "-cron")
                    .WithCronSchedule(CronExpression.TryParse(cron, out _) ? cron : fallback, c => c.InTimeZone(FiscalYear.Bangkok)));
            }
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        return services;
    }
}
