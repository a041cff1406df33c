using Microsoft.Extensions.DependencyInjection;

namespace Hub.Ingestion.Traffy;

public static class TraffyRegistration
{
    public static IServiceCollection AddTraffy(this IServiceCollection services)
    {
        services.AddScoped<TraffyIngest>();
        services.AddScoped<TraffyImporter>();
        return services;
    }
}
