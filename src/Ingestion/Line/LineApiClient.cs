using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Hub.Ingestion.Chat;

namespace Hub.Ingestion.Line;

/// <summary>
/// The few Messaging API calls Hub makes (reply, push, message content), typed over HttpClient because Line.Messaging
/// is not available. Each call throws <see cref="ChatApiException"/> classified for retrying; none retries itself.
/// </summary>
public sealed class LineApiClient(IHttpClientFactory clients)
{
    public const string ApiClient = "line-api";
    public const string DataClient = "line-data";

    public async Task ReplyAsync(string replyToken, string text, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(ApiClient, "reply", () => new HttpRequestMessage(HttpMethod.Post, "v2/bot/message/reply")
        {
            Content = JsonContent.Create(new ReplyRequest(replyToken, [new TextMessage(text)])),
        }, cancellationToken);
        EnsureSuccess(response, "reply");
    }

    /// <summary>A 409 means LINE already accepted this retry key: the message was delivered by an earlier attempt.</summary>
    public async Task PushAsync(string to, string text, Guid retryKey, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(ApiClient, "push", () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "v2/bot/message/push") { Content = JsonContent.Create(new PushRequest(to, [new TextMessage(text)])) };
            request.Headers.Add("X-Line-Retry-Key", retryKey.ToString());
            return request;
        }, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Conflict)
        {
            EnsureSuccess(response, "push");
        }
    }

    /// <summary>Copies a message's media into <paramref name="destination"/>; returns its content type.</summary>
    public async Task<string> DownloadContentAsync(string messageId, Stream destination, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(DataClient, "content", () => new HttpRequestMessage(HttpMethod.Get, $"v2/bot/message/{Uri.EscapeDataString(messageId)}/content"),
            cancellationToken, HttpCompletionOption.ResponseHeadersRead);
        EnsureSuccess(response, "content");
        await response.Content.CopyToAsync(destination, cancellationToken);
        return response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";
    }

    async Task<HttpResponseMessage> SendAsync(string client, string call, Func<HttpRequestMessage> request, CancellationToken cancellationToken,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        try
        {
            using var message = request();
            return await clients.CreateClient(client).SendAsync(message, completion, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new ChatApiException($"LINE {call} failed: {ex.GetType().Name}", transient: true, inner: null);
        }
    }

    static void EnsureSuccess(HttpResponseMessage response, string call)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var code = (int)response.StatusCode;
        var transient = code == 429 || code >= 500;
        TimeSpan? retryAfter = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };
        throw new ChatApiException($"LINE {call} answered {code}", transient, retryAfter);
    }

    sealed record TextMessage(string Text)
    {
        [JsonPropertyName("type")]
        public string Type => "text";

        [JsonPropertyName("text")]
        public string Text { get; } = Text;
    }

    sealed record ReplyRequest([property: JsonPropertyName("replyToken")] string ReplyToken, [property: JsonPropertyName("messages")] TextMessage[] Messages);

    sealed record PushRequest([property: JsonPropertyName("to")] string To, [property: JsonPropertyName("messages")] TextMessage[] Messages);

    public static void Configure(HttpClient client, Uri baseUrl, string accessToken, TimeSpan timeout)
    {
        client.BaseAddress = new Uri(baseUrl.ToString().TrimEnd('/') + "/");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        client.Timeout = timeout;
    }
}
