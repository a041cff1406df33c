using Hub.CaseStore.Cases;
using Hub.CaseStore.Staff.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace Hub.CaseStore.Deadlines;

public static class DeadlineRegistration
{
    public static IServiceCollection AddDeadlines(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeadlineOptions>().BindConfiguration(DeadlineOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => CronExpression.TryParse(o.ReminderCron, out _), "Hub:Deadlines:ReminderCron is not a valid Quartz cron expression.")
            .Validate(o => string.IsNullOrEmpty(o.HolidayFile) || File.Exists(o.HolidayFile), "Hub:Deadlines:HolidayFile names a file that does not exist.")
            .ValidateOnStart();
        services.AddSingleton(sp => HolidayCalendar.Load(sp.GetRequiredService<IOptions<DeadlineOptions>>().Value.HolidayFile));
        services.AddScoped<DeadlineMonitor>();
        services.AddOptions<StaffMailOptions>().BindConfiguration(StaffMailOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<DeadlineNoticeMail>();
        services.AddHostedService<StaffMailSender>();
        var cron = configuration.GetSection(DeadlineOptions.SectionName).Get<DeadlineOptions>()?.ReminderCron ?? new DeadlineOptions().ReminderCron;
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<DeadlineJob>(job => job.WithIdentity(DeadlineJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(DeadlineJob.Key).WithIdentity("statutory-deadlines-cron")
                .WithCronSchedule(CronExpression.TryParse(cron, out _) ? cron : new DeadlineOptions().ReminderCron, c => c.InTimeZone(FiscalYear.Bangkok)));
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        return services;
    }
}
