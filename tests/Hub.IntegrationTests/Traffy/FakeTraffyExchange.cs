using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Chat;
using Microsoft.AspNetCore.Http;

namespace Hub.IntegrationTests.Traffy;

/// <summary>
/// Traffy's Exchange API as documented (traffy.md §1.4): <c>POST /exchange-api/get-auth/v1</c> with <c>{user,pass}</c>
/// answers <c>results.token</c>, <c>expire_timestamp</c>, <c>quota_limit</c>, <c>credit_balance</c>;
/// <c>GET /exchange-api/get-issues/v2</c> with a Bearer token, <c>duration=today|3days|all</c> and offset paging answers
/// <c>{status:"success",total,results}</c>, times in Bangkok without offset; errors are HTTP 200
/// <c>{status:"fail",message}</c>. Faults are served from a queue, one per get-issues call.
/// </summary>
public sealed class FakeTraffyExchange : FakeApiServer
{
    public const string User = "bma-hub";
    public const string Pass = "exchange-password";

    readonly ConcurrentDictionary<string, JsonObject> tickets = new();
    readonly ConcurrentDictionary<string, DateTimeOffset> tokens = new();
    int issuedTokens;
    int quotaUsed;
    int servedFaults;

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);
    public int? QuotaLimit { get; set; }

    /// <summary>Whether get-auth tells the client its quota (the real one mails it; some answers may omit it).</summary>
    public bool ReportsQuota { get; set; } = true;

    /// <summary>Served instead of the next get-issues answers: an HTTP status (429 with Retry-After 1, 500), "fail", or "expired".</summary>
    public ConcurrentQueue<string> Faults { get; } = new();
    public int AuthCalls => issuedTokens;
    public ConcurrentQueue<string> IssueQueries { get; } = new();
    public int ServedFaults => servedFaults;

    public static async Task<FakeTraffyExchange> StartNewAsync()
    {
        var fake = new FakeTraffyExchange();
        await fake.StartAsync();
        return fake;
    }

    public Uri ExchangeUrl => new(BaseUrl, "/exchange-api/");

    /// <summary>Adds or replaces a ticket in the Exchange get-issues shape.</summary>
    public JsonObject Put(string ticketId, string description, DateTimeOffset created, string status = "รอรับเรื่อง", DateTimeOffset? lastActivity = null, string organization = "เขตบางรัก")
    {
        var ticket = Ticket(ticketId, description, created, status, lastActivity, organization);
        tickets[ticketId] = ticket;
        return ticket;
    }

    public static JsonObject Ticket(string ticketId, string description, DateTimeOffset created, string status = "รอรับเรื่อง", DateTimeOffset? lastActivity = null, string organization = "เขตบางรัก") =>
        new()
        {
            ["ticket_id"] = ticketId,
            ["type"] = "ร้องเรียน",
            ["organization"] = organization,
            ["description"] = description,
            ["photo"] = "https://storage.googleapis.com/traffy_public_bucket/attachment/x.jpeg",
            ["latitude"] = 13.72,
            ["longitude"] = 100.52,
            ["address"] = "ถนนสีลม แขวงสีลม เขตบางรัก กรุงเทพมหานคร",
            ["subdistrict"] = "สีลม",
            ["district"] = "บางรัก",
            ["province"] = "กรุงเทพมหานคร",
            ["timestamp"] = Bangkok(created),
            ["status"] = status,
            ["count_reopen"] = 0,
            ["last_activity"] = Bangkok(lastActivity ?? created),
        };

    public static string Bangkok(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    protected override async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path == "/exchange-api/get-auth/v1" && HttpMethods.IsPost(context.Request.Method))
        {
            var body = await JsonNode.ParseAsync(context.Request.Body);
            if (body?["user"]?.ToString() != User || body?["pass"]?.ToString() != Pass)
            {
                await context.Response.WriteAsJsonAsync(new { status = "fail", message = "Invalid username or password" });
                return;
            }

            var token = $"jwt-{Interlocked.Increment(ref issuedTokens)}";
            var expires = DateTimeOffset.UtcNow + TokenLifetime;
            tokens[token] = expires;
            await context.Response.WriteAsJsonAsync(new
            {
                status = "success",
                results = new { token, expire_timestamp = expires.ToUnixTimeSeconds(), quota_limit = ReportsQuota ? QuotaLimit : null, credit_balance = ReportsQuota ? QuotaLimit - quotaUsed : null },
            });
            return;
        }

        if (path != "/exchange-api/get-issues/v2" || !HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        IssueQueries.Enqueue(context.Request.QueryString.Value ?? "");
        var bearer = context.Request.Headers.Authorization.ToString();
        if (!bearer.StartsWith("Bearer ", StringComparison.Ordinal) || !tokens.TryGetValue(bearer[7..], out var expiry))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (Faults.TryDequeue(out var fault))
        {
            Interlocked.Increment(ref servedFaults);
            await ServeFaultAsync(context, fault, bearer[7..]);
            return;
        }

        if (expiry <= DateTimeOffset.UtcNow)
        {
            await context.Response.WriteAsJsonAsync(new { status = "fail", message = "This token has expired" });
            return;
        }

        if (QuotaLimit is { } limit && quotaUsed >= limit)
        {
            await context.Response.WriteAsJsonAsync(new { status = "fail", message = "Running out of API usage quota" });
            return;
        }

        var used = Interlocked.Increment(ref quotaUsed);
        var query = context.Request.Query;
        var since = query["duration"].ToString() switch
        {
            "today" => new DateTimeOffset(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).Date, TimeSpan.FromHours(7)),
            "3days" => DateTimeOffset.UtcNow.AddDays(-3),
            _ => DateTimeOffset.MinValue,
        };
        var window = tickets.Values
            .Select(t => (Ticket: t, Created: DateTimeOffset.ParseExact(t["timestamp"]!.ToString() + " +07:00", "yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)))
            .Where(t => t.Created >= since)
            .OrderByDescending(t => t.Created).ThenBy(t => t.Ticket["ticket_id"]!.ToString(), StringComparer.Ordinal)
            .Select(t => t.Ticket)
            .Take(5000)
            .ToList();
        var offset = int.TryParse(query["offset"], out var o) ? o : 0;
        var pageSize = int.TryParse(query["limit"], out var l) ? l : 5000;
        var page = new JsonArray(window.Skip(offset).Take(pageSize).Select(t => (JsonNode)t.DeepClone()).ToArray());
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["status"] = "success",
            ["total"] = window.Count,
            ["credit_balance"] = QuotaLimit is { } total && ReportsQuota ? total - used : null,
            ["results"] = page,
        });
    }

    async Task ServeFaultAsync(HttpContext context, string fault, string token)
    {
        switch (fault)
        {
            case "fail":
                await context.Response.WriteAsJsonAsync(new { status = "fail", message = "Internal server error, please try again" });
                break;
            case "expired":
                // Traffy revoked the token early: the client must fetch a new one, not keep using it.
                tokens[token] = DateTimeOffset.MinValue;
                await context.Response.WriteAsJsonAsync(new { status = "fail", message = "This token has expired" });
                break;
            default:
                context.Response.StatusCode = int.Parse(fault, CultureInfo.InvariantCulture);
                if (context.Response.StatusCode == StatusCodes.Status429TooManyRequests)
                {
                    context.Response.Headers.RetryAfter = "1";
                }

                break;
        }
    }
}
