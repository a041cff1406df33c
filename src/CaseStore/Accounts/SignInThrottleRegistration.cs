using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.CaseStore.Accounts;

public static class SignInThrottleRegistration
{
    /// <summary>One throttle per process, shared by the staff and officer doors. Safe to call from both.</summary>
    public static IServiceCollection AddSignInThrottle(this IServiceCollection services)
    {
        if (services.Any(s => s.ServiceType == typeof(SignInThrottle)))
        {
            return services;
        }

        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SignInThrottle>();
        return services;
    }
}
