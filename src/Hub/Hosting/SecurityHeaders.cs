namespace Hub.Hosting;

/// <summary>
/// One policy for every response Hub serves: no inline or foreign script (CSP), no MIME sniffing, no referrer (receipt
/// codes travel in /status URLs), never framed, HSTS once served over TLS, and no caching of anything personal.
/// </summary>
public static class SecurityHeaders
{
    // Inline <style> blocks are part of the page design; script is never inline (the one script is a file).
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    static readonly string[] PersonalPrefixes = ["/staff", "/officer", "/status", "/api/receipts"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (http.Request.IsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000";
        }

        var path = http.Request.Path;
        if (PersonalPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            // Case pages, reports, evidence, receipts: never kept by a shared browser or a proxy.
            headers.CacheControl = "no-store";
        }

        await next(http);
    });
}
