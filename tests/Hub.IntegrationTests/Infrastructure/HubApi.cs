using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>What a reporter's client does over HTTP: file a complaint, follow its receipt.</summary>
public static class HubApi
{
    public sealed record ReceiptView(HttpStatusCode Code, string? Status, string? CaseNumber, string Body)
    {
        public bool HasCase => CaseNumber is not null;

        /// <summary>The case store has filed it: a status beyond "accepted" (a retold complaint's receipt carries no case number).</summary>
        public bool IsFiled => Code == HttpStatusCode.OK && Status is not null && Status != "accepted";
    }

    public static async Task<string> FileComplaintAsync(this HttpClient http, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/complaints") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Expected 202, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("receipt").GetString()!;
    }

    public static async Task<ReceiptView> ReceiptAsync(this HttpClient http, string code)
    {
        using var response = await http.GetAsync(new Uri($"/api/receipts/{Uri.EscapeDataString(code)}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return new ReceiptView(response.StatusCode, null, null, body);
        }

        var json = JsonDocument.Parse(body).RootElement;
        var caseNumber = json.TryGetProperty("caseNumber", out var number) && number.ValueKind == JsonValueKind.String ? number.GetString() : null;
        return new ReceiptView(response.StatusCode, json.GetProperty("status").GetString(), caseNumber, body);
    }

    public static Task<ReceiptView> CaseFiledAsync(this HttpClient http, string code, TimeSpan? timeout = null) =>
        Eventually.Get(() => http.ReceiptAsync(code), r => r.IsFiled, timeout, $"receipt {code} to reach a case");
}
