using Hub.CaseStore.Cases;
using Hub.Contracts.Complaints;
using Hub.Normalizer.Intake;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Dedup;

/// <summary>One incident told several ways, a look-alike that is another incident, and filing them through the real normalizer.</summary>
public static class Retellings
{
    public static readonly DateTimeOffset At = new(2025, 2, 7, 18, 30, 0, TimeSpan.FromHours(7));

    public static readonly string[] Market =
    [
        "เทศกิจมาเก็บเงินแม่ค้าหน้าตลาดห้วยขวางทุกวันศุกร์ แผงละ 300 บาท ไม่จ่ายก็โดนยึดของ วันนี้ก็มาอีกสองคน",
        "เจ้าหน้าที่เทศกิจเดินเก็บเงินแม่ค้าหน้าตลาดห้วยขวางทุกศุกร์ แผงละ300 ไม่มีใบเสร็จ ไม่จ่ายยึดของ ช่วยตรวจสอบด้วยครับ",
        "แม่ฉันขายผลไม้หน้าตลาดห้วยขวาง ทุกวันศุกร์เทศกิจสองคนมาเก็บเงินแผงละ 300 บาท ถ้าไม่จ่ายจะยึดของ",
        "ร้องเรียนเทศกิจเก็บเงินแม่ค้าหน้าตลาดห้วยขวางแผงละ 300 บาททุกวันศุกร์ตอนเย็น ไม่จ่ายโดนยึดของ",
    ];

    /// <summary>Same unit, category and wording, but another market, day and amount: another incident.</summary>
    public const string OtherMarket = "เทศกิจมาเก็บเงินแม่ค้าหน้าตลาดบางกะปิทุกวันจันทร์ แผงละ 500 บาท ไม่จ่ายก็โดนยึดของ วันนี้ก็มาอีกสองคน";

    public static ComplaintNormalized Normalized(string text, string channel, DateTimeOffset at, string? pseudonym = null) =>
        ComplaintNormalizing.Normalize(new ComplaintReceived
        {
            ComplaintId = Guid.NewGuid(),
            ReceiptCode = Hub.CaseStore.Receipts.ReceiptCode.New(),
            Channel = channel,
            ChannelMessageId = Guid.NewGuid().ToString("N"),
            ReceivedAtUtc = at,
            Text = text,
            Reporter = pseudonym is null ? ReporterReference.AnonymousReporter : new ReporterReference(false, null, pseudonym),
        });

    /// <summary>Files through <see cref="CaseIntake"/> in a scope of its own, retrying as the bus would; returns the complaint id.</summary>
    public static async Task<Guid> FileAsync(IServiceProvider services, ComplaintNormalized normalized)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<CaseIntake>().FileAsync(normalized, Guid.NewGuid(), CancellationToken.None);
                return normalized.Complaint.ComplaintId;
            }
            catch (Exception) when (attempt < 20)
            {
                await Task.Delay(50);
            }
        }
    }
}
