using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Hub.IntegrationTests.Chat;

/// <summary>
/// The Telegram Bot API as Telegram.Bot calls it: <c>POST /bot{token}/{method}</c> at the root with JSON bodies answered
/// <c>{"ok":true,"result":…}</c> or <c>{"ok":false,"error_code":…,"parameters":{"retry_after":…}}</c>, and files under
/// <c>/file/bot{token}/…</c>. getUpdates confirms every update below the offset it is given, as Telegram does.
/// </summary>
public sealed class FakeTelegramApi : FakeApiServer
{
    public const string Token = "123456789:AAFakeTelegramBotTokenForTests_x";
    readonly List<JsonObject> pending = [];
    readonly ConcurrentDictionary<string, (string Path, byte[] Bytes)> files = new();
    int nextUpdateId = 500_000;

    public ConcurrentQueue<Fault> SendFaults { get; } = new();
    public ConcurrentQueue<(long ChatId, string Text)> Delivered { get; } = new();
    public ConcurrentQueue<(string Method, int Status)> Calls { get; } = new();
    public ConcurrentQueue<long?> Offsets { get; } = new();

    public static async Task<FakeTelegramApi> StartNewAsync()
    {
        var fake = new FakeTelegramApi();
        await fake.StartAsync();
        return fake;
    }

    public void AddFile(string fileId, byte[] bytes) => files[fileId] = ($"photos/file_{files.Count}.jpg", bytes);

    public IReadOnlyList<string> TextsTo(long chatId) => Delivered.Where(d => d.ChatId == chatId).Select(d => d.Text).ToList();

    /// <summary>Queues an update for getUpdates and returns it, shaped like the Bot API's Update object.</summary>
    public JsonObject Enqueue(long chatId, Action<JsonObject> message)
    {
        var update = Update(chatId, message);
        lock (pending)
        {
            pending.Add(update);
        }

        return update;
    }

    public JsonObject Update(long chatId, Action<JsonObject> message)
    {
        var body = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref nextUpdateId) - 400_000,
            ["from"] = new JsonObject { ["id"] = chatId, ["is_bot"] = false, ["first_name"] = "สมหญิง", ["language_code"] = "th" },
            ["chat"] = new JsonObject { ["id"] = chatId, ["first_name"] = "สมหญิง", ["type"] = "private" },
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        };
        message(body);
        return new JsonObject { ["update_id"] = (long)Interlocked.Increment(ref nextUpdateId), ["message"] = body };
    }

    public bool AllConfirmed
    {
        get
        {
            lock (pending)
            {
                return pending.Count == 0;
            }
        }
    }

    protected override async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path.StartsWith("/file/bot" + Token + "/", StringComparison.Ordinal))
        {
            var filePath = path[("/file/bot" + Token + "/").Length..];
            var file = files.Values.FirstOrDefault(f => f.Path == filePath);
            Calls.Enqueue(("file", file.Bytes is null ? 404 : 200));
            context.Response.StatusCode = file.Bytes is null ? 404 : 200;
            if (file.Bytes is not null)
            {
                await context.Response.Body.WriteAsync(file.Bytes);
            }

            return;
        }

        if (!path.StartsWith("/bot" + Token + "/", StringComparison.Ordinal))
        {
            await Error(context, "unknown", 401, "Unauthorized");
            return;
        }

        var method = path[("/bot" + Token + "/").Length..];
        var request = context.Request.ContentLength is > 0 || context.Request.ContentType is not null
            ? JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync()) as JsonObject ?? []
            : [];
        switch (method.ToLowerInvariant())
        {
            case "getupdates":
                await GetUpdatesAsync(context, request);
                break;
            case "sendmessage":
                await SendMessageAsync(context, request);
                break;
            case "getfile":
                var id = (string)request["file_id"]!;
                if (!files.TryGetValue(id, out var stored))
                {
                    await Error(context, method, 400, "Bad Request: invalid file_id");
                    return;
                }

                await Ok(context, method, new JsonObject { ["file_id"] = id, ["file_unique_id"] = "u" + id, ["file_size"] = stored.Bytes.Length, ["file_path"] = stored.Path });
                break;
            default:
                await Error(context, method, 404, "Not Found: method not found");
                break;
        }
    }

    async Task GetUpdatesAsync(HttpContext context, JsonObject request)
    {
        var offset = request["offset"] is { } o ? (long?)o.GetValue<long>() : null;
        Offsets.Enqueue(offset);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(Math.Min(request["timeout"]?.GetValue<int>() ?? 0, 1));
        JsonArray result;
        while (true)
        {
            lock (pending)
            {
                if (offset is { } confirmedBelow)
                {
                    pending.RemoveAll(u => (long)u["update_id"]! < confirmedBelow);
                }

                result = new JsonArray(pending.Select(u => (JsonNode)u.DeepClone()).ToArray());
            }

            if (result.Count > 0 || DateTime.UtcNow >= deadline || context.RequestAborted.IsCancellationRequested)
            {
                break;
            }

            await Task.Delay(50);
        }

        await Ok(context, "getUpdates", result);
    }

    async Task SendMessageAsync(HttpContext context, JsonObject request)
    {
        var chatId = request["chat_id"]!.GetValueKind() == JsonValueKind.String
            ? long.Parse((string)request["chat_id"]!, CultureInfo.InvariantCulture)
            : request["chat_id"]!.GetValue<long>();
        if (SendFaults.TryDequeue(out var fault))
        {
            if (fault.Status == 429)
            {
                await Answer(context, "sendMessage", 429, new JsonObject
                {
                    ["ok"] = false,
                    ["error_code"] = 429,
                    ["description"] = $"Too Many Requests: retry after {fault.RetryAfterSeconds}",
                    ["parameters"] = new JsonObject { ["retry_after"] = fault.RetryAfterSeconds },
                });
            }
            else
            {
                await Error(context, "sendMessage", fault.Status, "Internal Server Error");
            }

            return;
        }

        var text = (string)request["text"]!;
        Delivered.Enqueue((chatId, text));
        await Ok(context, "sendMessage", new JsonObject
        {
            ["message_id"] = Delivered.Count,
            ["from"] = new JsonObject { ["id"] = 123456789, ["is_bot"] = true, ["first_name"] = "BMA Hub" },
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["text"] = text,
        });
    }

    Task Ok(HttpContext context, string method, JsonNode result) => Answer(context, method, 200, new JsonObject { ["ok"] = true, ["result"] = result });

    Task Error(HttpContext context, string method, int code, string description) =>
        Answer(context, method, code, new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description });

    async Task Answer(HttpContext context, string method, int status, JsonObject body)
    {
        Calls.Enqueue((method, status));
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}
