using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hub.Ingestion.Hotline;
using Hub.IntegrationTests.Hotline;

namespace Hub.IntegrationTests.Chaos;

/// <summary>
/// Files complaints through two doors of one ingestion process — the web form's JSON API and the hotline API —
/// the way their real clients do: each with its own idempotency handle, retried until the door answers 202.
/// A 5xx or a dropped connection means "nothing stored, try again"; the handle keeps a retry from filing twice.
/// </summary>
sealed class ComplaintFeeder(Uri ingestion, string poisonMarker, int poisonEvery)
{
    static readonly string[] Texts =
    [
        "เจ้าหน้าที่เทศกิจเรียกเก็บเงินค่าคุ้มครองแม่ค้าหน้าตลาด",
        "พนักงานเขตเรียกเงินค่าอนุมัติใบอนุญาตก่อสร้าง",
        "เจ้าหน้าที่โยธาเขตรับเงินใต้โต๊ะเพื่อเซ็นเอกสาร",
        "ข้าราชการสำนักงานเขตใช้รถหลวงไปธุระส่วนตัว",
    ];

    readonly ConcurrentDictionary<int, string> receipts = new();
    int retries;

    public int Accepted => receipts.Count;
    public int Retries => retries;
    public IReadOnlyDictionary<int, string> Receipts => receipts;

    public static bool IsPoison(int index, int poisonEvery) => index % poisonEvery == poisonEvery / 2;

    public async Task FeedAsync(int count, int concurrency, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = ingestion, Timeout = TimeSpan.FromSeconds(15) };
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                receipts[index] = await FileUntilAcceptedAsync(http, index, cancellationToken);
            }
        }));
    }

    async Task<string> FileUntilAcceptedAsync(HttpClient http, int index, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                using var request = Request(index);
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement;
                    return body.GetProperty("receipt").GetString()!;
                }

                // 5xx: the door could not store it (the web form says 503, the hotline API 500); anything else is a bug.
                if ((int)response.StatusCode < 500)
                {
                    throw new InvalidOperationException($"Complaint {index}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // The door is unreachable or slow: nothing is known to be stored, and the idempotency handle makes a retry safe.
            }

            Interlocked.Increment(ref retries);
            await Task.Delay(250, cancellationToken);
        }
    }

    HttpRequestMessage Request(int index)
    {
        var text = $"{Texts[index % Texts.Length]} เรื่องที่ {index}{(IsPoison(index, poisonEvery) ? " " + poisonMarker : "")}";
        if (index % 2 == 0)
        {
            var form = new HttpRequestMessage(HttpMethod.Post, "/api/complaints") { Content = JsonContent.Create(new { text, anonymous = true }) };
            form.Headers.Add("Idempotency-Key", $"chaos-{index}");
            return form;
        }

        var call = new HttpRequestMessage(HttpMethod.Post, "/channels/hotline/transcripts")
        {
            Content = new StringContent(HotlineFixtures.Json($"CHAOS-{index}", text), Encoding.UTF8, "application/json"),
        };
        call.Headers.Add(HotlineEndpoints.ApiKeyHeader, HotlineFixtures.ApiKey);
        return call;
    }
}
