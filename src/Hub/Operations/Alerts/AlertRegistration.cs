namespace Hub.Operations.Alerts;

public static class AlertRegistration
{
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AlertMailer>();
        services.AddHostedService<AlertMonitor>();
        return services;
    }
}
