using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.CaseStore.Receipts;

public static class ReceiptRegistration
{
    /// <summary>Receipt lookups and their per-client rate limit. Safe to call from every service that shows status.</summary>
    public static IServiceCollection AddReceiptLookup(this IServiceCollection services)
    {
        if (services.Any(s => s.ServiceType == typeof(ReceiptLookup)))
        {
            return services;
        }

        services.AddScoped<ReceiptLookup>();
        services.AddOptions<ReceiptRateLimitOptions>().BindConfiguration(ReceiptRateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(ReceiptEndpoints.RateLimitPolicy, context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<ReceiptRateLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.PermitsPerWindow, Window = settings.Window });
            });
        });
        return services;
    }
}
