using Hub.CaseStore;
using Hub.Hosting;
using Hub.Normalizer;
using MassTransit;

namespace Hub.Messaging;

public static class BusRegistration
{
    /// <summary>
    /// One bus per process with the consumers of the roles it runs. Failed messages end in the endpoint's
    /// <c>_error</c> queue after retries; nothing is acknowledged away.
    /// </summary>
    public static IServiceCollection AddHubBus(this IServiceCollection services, IConfiguration configuration, HubRoles roles)
    {
        services.AddOptions<TransportOptions>().BindConfiguration(TransportOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var transport = configuration.GetSection(TransportOptions.SectionName).Get<TransportOptions>() ?? new TransportOptions();
        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            if (roles.HasFlag(HubRoles.Normalizer))
            {
                bus.AddNormalizerConsumers();
            }

            if (roles.HasFlag(HubRoles.CaseStore))
            {
                bus.AddCaseStoreConsumers();
            }

            if (transport.Kind == TransportKind.RabbitMq)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    var rabbit = transport.RabbitMq;
                    cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, host =>
                    {
                        host.Username(rabbit.Username);
                        host.Password(rabbit.Password);
                    });
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
        });
        return services;
    }
}
