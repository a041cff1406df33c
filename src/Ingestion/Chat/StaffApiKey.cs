using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Chat;

/// <summary>
/// Interim guard for staff endpoints: a shared key in <c>X-Hub-Api-Key</c>, compared in constant time. Staff sign-in
/// replaces it; until a key is configured the endpoints are closed (503).
/// </summary>
public sealed class StaffApiKey : IEndpointFilter
{
    public const string Header = "X-Hub-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = context.HttpContext.RequestServices.GetRequiredService<IOptions<ChatOptions>>().Value.StaffApiKey;
        if (string.IsNullOrEmpty(configured))
        {
            return Results.Problem(title: "ยังไม่ได้ตั้งค่ากุญแจ API / Staff API key not configured", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var given = Encoding.UTF8.GetBytes(context.HttpContext.Request.Headers[Header].FirstOrDefault() ?? string.Empty);
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(configured))
            ? await next(context)
            : Results.Unauthorized();
    }
}
