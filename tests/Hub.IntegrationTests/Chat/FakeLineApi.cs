using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Hub.IntegrationTests.Chat;

/// <summary>
/// The LINE Messaging API as documented (api.line.me and api-data.line.me on one port): reply with single-use tokens,
/// push honouring X-Line-Retry-Key (409 once a key was accepted), and message content. Scripted faults per endpoint.
/// </summary>
public sealed class FakeLineApi : FakeApiServer
{
    public const string AccessToken = "fake-line-channel-access-token";
    readonly ConcurrentDictionary<string, string> replyTokens = new();
    readonly ConcurrentDictionary<string, bool> acceptedRetryKeys = new();
    readonly ConcurrentDictionary<string, (byte[] Bytes, string ContentType)> content = new();

    public ConcurrentQueue<Fault> ReplyFaults { get; } = new();
    public ConcurrentQueue<Fault> PushFaults { get; } = new();
    public ConcurrentQueue<Fault> ContentFaults { get; } = new();
    public ConcurrentQueue<(string To, string Text, string Via)> Delivered { get; } = new();
    public ConcurrentQueue<(string Endpoint, int Status)> Calls { get; } = new();

    public static async Task<FakeLineApi> StartNewAsync()
    {
        var fake = new FakeLineApi();
        await fake.StartAsync();
        return fake;
    }

    /// <summary>A reply token LINE would put on an event from <paramref name="userId"/>.</summary>
    public string IssueReplyToken(string userId)
    {
        var token = Guid.NewGuid().ToString("N");
        replyTokens[token] = userId;
        return token;
    }

    public void AddContent(string messageId, byte[] bytes, string contentType) => content[messageId] = (bytes, contentType);

    public IReadOnlyList<string> TextsTo(string userId) => Delivered.Where(d => d.To == userId).Select(d => d.Text).ToList();

    protected override async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (context.Request.Headers.Authorization != "Bearer " + AccessToken)
        {
            await Answer(context, "auth", 401, new JsonObject { ["message"] = "Authentication failed due to the following reason: invalid token." });
            return;
        }

        if (path == "/v2/bot/message/reply")
        {
            var body = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())!;
            var token = (string)body["replyToken"]!;
            if (ReplyFaults.TryDequeue(out var fault))
            {
                await Fail(context, "reply", fault);
                return;
            }

            if (!replyTokens.TryRemove(token, out var userId))
            {
                await Answer(context, "reply", 400, new JsonObject { ["message"] = "Invalid reply token" });
                return;
            }

            Deliver(userId, body, "reply");
            await Answer(context, "reply", 200, SentMessages());
        }
        else if (path == "/v2/bot/message/push")
        {
            var body = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())!;
            var retryKey = context.Request.Headers["X-Line-Retry-Key"].ToString();
            if (retryKey.Length > 0 && acceptedRetryKeys.ContainsKey(retryKey))
            {
                await Answer(context, "push", 409, new JsonObject { ["message"] = "The retry key is already accepted", ["sentMessages"] = new JsonArray() });
                return;
            }

            PushFaults.TryDequeue(out var fault);
            if (fault is null || fault.ProcessAnyway)
            {
                Deliver((string)body["to"]!, body, "push");
                if (retryKey.Length > 0)
                {
                    acceptedRetryKeys[retryKey] = true;
                }
            }

            if (fault is null)
            {
                await Answer(context, "push", 200, SentMessages());
            }
            else
            {
                await Fail(context, "push", fault);
            }
        }
        else if (path.StartsWith("/v2/bot/message/", StringComparison.Ordinal) && path.EndsWith("/content", StringComparison.Ordinal))
        {
            var id = path["/v2/bot/message/".Length..^"/content".Length];
            if (ContentFaults.TryDequeue(out var fault))
            {
                await Fail(context, "content", fault);
                return;
            }

            if (!content.TryGetValue(id, out var file))
            {
                await Answer(context, "content", 404, new JsonObject { ["message"] = "Not found" });
                return;
            }

            Calls.Enqueue(("content", 200));
            context.Response.ContentType = file.ContentType;
            await context.Response.Body.WriteAsync(file.Bytes);
        }
        else
        {
            await Answer(context, "unknown", 404, new JsonObject { ["message"] = "Not found" });
        }
    }

    void Deliver(string to, JsonNode body, string via)
    {
        foreach (var message in body["messages"]!.AsArray())
        {
            Delivered.Enqueue((to, (string)message!["text"]!, via));
        }
    }

    static JsonObject SentMessages() => new() { ["sentMessages"] = new JsonArray(new JsonObject { ["id"] = "461230966842064897", ["quoteToken"] = "IStG5h1Tz7b..." }) };

    async Task Fail(HttpContext context, string endpoint, Fault fault)
    {
        if (fault.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await Answer(context, endpoint, fault.Status, new JsonObject { ["message"] = fault.Status == 429 ? "The API rate limit has been exceeded. Try again later." : "Internal server error" });
    }

    async Task Answer(HttpContext context, string endpoint, int status, JsonNode body)
    {
        Calls.Enqueue((endpoint, status));
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
