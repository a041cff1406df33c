using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Ingestion.Traffy.Webhooks;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Traffy;

/// <summary>Settings for a Hub reading the Exchange fake, ticket texts, and webhook calls as Traffy sends them.</summary>
public static class TraffyExchangeSetup
{
    public const string WebhookSecret = "traffy-webhook-secret-0123456789";

    public static Dictionary<string, string?> Settings(TempDirectory directory, FakeTraffyExchange fake) => HubSettings.Embedded(directory).With(new Dictionary<string, string?>
    {
        ["Hub:Traffy:Mode"] = "Exchange",
        ["Hub:Traffy:ExchangeBaseUrl"] = fake.ExchangeUrl.ToString(),
        ["Hub:Traffy:User"] = FakeTraffyExchange.User,
        ["Hub:Traffy:Password"] = FakeTraffyExchange.Pass,
        ["Hub:Traffy:PollInterval"] = "00:00:00.200",
        ["Hub:Traffy:ReconciliationInterval"] = "00:00:01",
        ["Hub:Traffy:PageSize"] = "4",
        ["Hub:Traffy:RetryAttempts"] = "2",
        ["Hub:Traffy:RetryBaseDelay"] = "00:00:00.020",
        ["Hub:Traffy:MaxBackoff"] = "00:00:01",
        ["Hub:Traffy:TokenRenewBefore"] = "00:00:01",
        ["Hub:Traffy:WebhookSecret"] = WebhookSecret,
        ["Hub:Traffy:AllowedSources:0"] = "127.0.0.1/32",
        ["Hub:Traffy:AllowedSources:1"] = "::1",
    });

    public static string Misconduct(int n) => $"เจ้าหน้าที่เทศกิจเรียกรับเงินส่วยจากแม่ค้าริมฟุตบาททุกวัน วันละ {200 + n} บาท ซอยสีลม {n}";

    public static string General(int n) => $"ถนนชำรุดเป็นหลุมบ่อ น้ำขังหน้าบ้าน ซอยสีลม {n} ขอให้ซ่อมด้วยครับ";

    /// <summary>The new-issue webhook body (traffy.md §1.4) for a ticket of the fake.</summary>
    public static JsonObject NewIssue(JsonObject ticket) => new()
    {
        ["timestamp"] = ticket["timestamp"]!.DeepClone(),
        ["ticket_id"] = ticket["ticket_id"]!.DeepClone(),
        ["description"] = ticket["description"]!.DeepClone(),
        ["type_id"] = 7,
        ["type"] = ticket["type"]!.DeepClone(),
        ["photo"] = new JsonArray(ticket["photo"]!.DeepClone()),
        ["latitude"] = ticket["latitude"]!.DeepClone(),
        ["longitude"] = ticket["longitude"]!.DeepClone(),
        ["address"] = ticket["address"]!.DeepClone(),
        ["orgs"] = new JsonArray(ticket["organization"]!.DeepClone()),
    };

    public static JsonObject StatusUpdate(string ticketId, string status) => new()
    {
        ["ticket_id"] = ticketId, ["org"] = "เขตบางรัก", ["status"] = status, ["note"] = "รับเรื่องแล้ว", ["photo"] = new JsonArray(),
    };

    public static async Task<HttpResponseMessage> SendWebhookAsync(HttpClient http, HttpMethod method, JsonObject body, string? secret = WebhookSecret)
    {
        using var request = new HttpRequestMessage(method, TraffyWebhookEndpoints.Path) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add(TraffyWebhookEndpoints.SecretHeader, secret);
        }

        return await http.SendAsync(request);
    }

    /// <summary>A client whose connections leave from another loopback address, as a caller outside the allow-list.</summary>
    public static HttpClient FromAddress(Uri hub, IPAddress local) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(local, 0));
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    })
    { BaseAddress = hub };
}
