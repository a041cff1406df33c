using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Hub.Publisher.Targets.Ckan;

/// <summary>
/// The CKAN Action API (regulation.md OD-1, OD-2): POST {Url}/api/3/action/{action}, API token in the Authorization
/// header, and the <c>success</c> flag of the body decides, not the HTTP status.
/// </summary>
public sealed class CkanClient(HttpClient http, IOptions<PublisherOptions> options)
{
    public const string NotFound = "Not Found Error";

    public Task<JsonElement> CallAsync(string action, object payload, CancellationToken cancellationToken) =>
        SendAsync(action, JsonContent.Create(payload), cancellationToken);

    /// <summary>A file upload (OD-4): multipart with the bytes in the field <c>upload</c>, other fields beside it.</summary>
    public Task<JsonElement> UploadAsync(string action, IReadOnlyDictionary<string, string> fields, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(MediaTypes.Of(fileName));
        form.Add(file, "upload", fileName);
        return SendAsync(action, form, cancellationToken);
    }

    async Task<JsonElement> SendAsync(string action, HttpContent content, CancellationToken cancellationToken)
    {
        var settings = options.Value.Ckan;
        var baseUrl = settings.Url ?? throw new InvalidOperationException("Hub:Publisher:Ckan:Url is not set.");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, $"api/3/action/{action}")) { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", settings.ApiToken);
        using var response = await http.SendAsync(request, cancellationToken);
        JsonElement body;
        try
        {
            body = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).Clone();
        }
        catch (JsonException)
        {
            throw new CkanException(action, $"HTTP {(int)response.StatusCode} without a CKAN body");
        }

        if (body.TryGetProperty("success", out var success) && success.ValueKind == JsonValueKind.True && body.TryGetProperty("result", out var result))
        {
            return result;
        }

        var type = body.TryGetProperty("error", out var error) && error.TryGetProperty("__type", out var t) ? t.GetString() : null;
        throw new CkanException(action, type ?? $"HTTP {(int)response.StatusCode}");
    }
}

/// <summary>A CKAN action that did not succeed; carries the CKAN error type only, not the echoed request.</summary>
public sealed class CkanException(string action, string errorType) : Exception($"CKAN {action} failed: {errorType}")
{
    public string Action { get; } = action;
    public string ErrorType { get; } = errorType;
}
