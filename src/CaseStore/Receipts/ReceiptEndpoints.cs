using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hub.CaseStore.Receipts;

public static class ReceiptEndpoints
{
    public const string RateLimitPolicy = "receipt-lookup";

    /// <summary><c>GET /api/receipts/{code}</c>: status and case number for a receipt code; rate-limited so codes cannot be enumerated.</summary>
    public static IEndpointRouteBuilder MapReceiptStatus(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/receipts/{code}", async (string code, ReceiptLookup lookup, CancellationToken cancellationToken) =>
        {
            if (!ReceiptCode.TryNormalize(code, out var normalized))
            {
                return Results.NotFound();
            }

            var status = await lookup.FindAsync(normalized, cancellationToken);
            return status is null ? Results.NotFound() : Results.Ok(status);
        }).RequireRateLimiting(RateLimitPolicy);
        return endpoints;
    }
}
