using Hub.Ingestion.Channels.Adapters;
using Hub.Messaging;
using Hub.Operations.Alerts;
using Hub.Operations.Console;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hub.Operations;

public static class OperationsRegistration
{
    /// <summary>The operator console and the alert monitor, for the process that serves the staff pages.</summary>
    public static IServiceCollection AddOperatorConsole(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OperationsOptions>().BindConfiguration(OperationsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var transport = configuration.GetSection(TransportOptions.SectionName).Get<TransportOptions>() ?? new TransportOptions();
        if (transport.Kind == TransportKind.RabbitMq)
        {
            services.AddSingleton(sp => RabbitMqManagement.Create(
                sp.GetRequiredService<IOptions<TransportOptions>>().Value, sp.GetRequiredService<IOptions<OperationsOptions>>().Value.RabbitMqManagementUrl));
            services.AddSingleton(sp => new ErrorQueueRedrive(sp.GetRequiredService<IOptions<TransportOptions>>().Value.RabbitMq));
            services.AddSingleton<IQueueSource, RabbitMqQueueSource>();
        }
        else
        {
            services.AddSingleton<IQueueSource, OutboxQueueSource>();
        }

        // Pauses are stored rows, so a console in a process without the doors can still pause and resume them.
        services.TryAddScoped<AdapterPauses>();
        services.AddScoped<ConsoleReader>();
        services.AddAlerts();
        return services;
    }
}
