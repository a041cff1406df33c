using Hub.CaseStore.Identity;
using Hub.Contracts.Complaints;
using Hub.Ingestion.Accepting;

namespace Hub.Ingestion.Hotline;

/// <summary>Hands one transcribed 1555 call to the acceptor: the call id is the redelivery key, the number goes to the vault.</summary>
public sealed class HotlineIntake(ComplaintAcceptor acceptor)
{
    public const string Channel = "hotline";

    public Task<AcceptedComplaint> AcceptAsync(HotlineTranscript call, CancellationToken cancellationToken)
    {
        var text = string.Join("\n", call.Turns.Select(t => (t.Speaker == "caller" ? "ผู้แจ้ง: " : "เจ้าหน้าที่: ") + t.Text));
        var references = ReferenceNumbers.Extract(text).ToList();
        if (!string.IsNullOrWhiteSpace(call.ReferenceNumber))
        {
            references.Insert(0, ReferenceNumbers.Hotline1555(call.ReferenceNumber));
        }

        var anonymous = string.IsNullOrWhiteSpace(call.CallerNumber);
        return acceptor.AcceptAsync(new ComplaintSubmission
        {
            Channel = Channel,
            ChannelMessageId = call.CallId,
            Subject = call.Confirmed ? "สายด่วน 1555" : "สายด่วน 1555 (ผู้แจ้งยังไม่ยืนยันข้อความ / unconfirmed by the caller)",
            Text = text,
            Anonymous = anonymous,
            Contact = anonymous ? null : new ReporterContact(CallerNumber: call.CallerNumber!.Trim()),
            Location = call.District is null ? null : new ComplaintLocation(call.District, null, null),
            References = references,
            CallerConfirmed = call.Confirmed,
            ReceivedAt = call.StartedAt,
        }, cancellationToken);
    }
}
