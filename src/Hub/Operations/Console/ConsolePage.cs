using System.Globalization;
using Hub.CaseStore.Staff;
using Hub.Ingestion.Channels.Adapters;
using static Hub.CaseStore.Staff.StaffHtml;

namespace Hub.Operations.Console;

/// <summary>
/// The operator console as server-rendered HTML. The live part (<c>#live</c>) is also served alone, so the page's small
/// script can swap it in every few seconds; without JavaScript a <c>noscript</c> meta refresh reloads the whole page.
/// </summary>
public static class ConsolePage
{
    public const string Path = "/staff/operations";
    public const int RefreshSeconds = 5;

    public static IResult Render(HttpContext http, ConsoleSnapshot snapshot, string? notice) =>
        Page(http, "สถานะระบบ / Operations console", $"""
            <noscript><meta http-equiv="refresh" content="{RefreshSeconds * 3}"></noscript>
            {(notice is null ? "" : $"""<p role="status" id="notice">{E(notice)}</p>""")}
            <div id="live">{Live(http, snapshot)}</div>
            <script src="{ScriptPath}"></script>
            """);

    /// <summary>The refresher, served as a file: the security policy allows no inline script anywhere.</summary>
    public const string ScriptPath = Path + "/console.js";

    public static readonly string Script = $$"""
        // Swap in fresh numbers unless the operator is choosing messages or adapters in a form.
        setInterval(async () => {
          const live = document.getElementById('live');
          if (live.querySelector('input:checked, :focus')) return;
          const response = await fetch('{{Path}}?part=live', { credentials: 'same-origin' });
          if (response.ok) live.innerHTML = await response.text();
        }, {{RefreshSeconds * 1000}});
        """;

    public static string Live(HttpContext http, ConsoleSnapshot s) => $"""
        <p><small>ข้อมูล ณ / As of {s.AtUtc:yyyy-MM-dd HH:mm:ss} UTC</small></p>
        <h2>คิว / Queues</h2>
        <p><small>{E(s.QueueSource)}</small></p>
        {(s.QueueError is null ? "" : $"""<p class="errors" role="alert">อ่านคิวไม่ได้ / Queues unavailable: {E(s.QueueError)}</p>""")}
        {Queues(http, s)}
        {Faults(http, s)}
        <h2>ช่องทางรับเรื่อง / Channel adapters</h2>
        {(s.AdaptersInThisProcess ? "" : "<p><small>ช่องทางทำงานในโปรเซสอื่น: แสดงเฉพาะที่หยุดไว้ / Adapters run in another process: only paused ones are listed.</small></p>")}
        {Adapters(http, s)}
        <h2>Outbox</h2>
        <dl><dt>รอส่ง / Waiting</dt><dd id="outbox-waiting">{s.Outbox.Waiting}</dd>
        <dt>เก่าสุด / Oldest</dt><dd id="outbox-oldest">{Age(s.AtUtc, s.Outbox.OldestAtUtc)}</dd>
        <dt>ส่งไม่สำเร็จและรอลองใหม่ / Failing, will retry</dt><dd>{s.Outbox.Failing}</dd></dl>
        <h2>การเผยแพร่สถิติ / Publish runs</h2>
        <table id="publish-runs"><tr><th>เริ่ม / Started (UTC)</th><th>ปลายทาง / Target</th><th>ปีงบ / FY</th><th>ผล / Outcome</th><th>ครั้ง / Attempts</th><th>ข้อผิดพลาด / Error</th></tr>
        {string.Concat(s.PublishRuns.Select(r => $"<tr><td>{r.StartedAtUtc:yyyy-MM-dd HH:mm}</td><td>{E(r.Target)}</td><td>{r.FiscalYear}</td><td>{E(r.Outcome)}</td><td>{r.Attempts}</td><td>{E(r.ErrorType)}</td></tr>"))}
        </table>
        """;

    static string Queues(HttpContext http, ConsoleSnapshot s) => $"""
        <table id="queues"><tr><th>คิว / Queue</th><th>รอ / Ready</th><th>กำลังทำ / Unacked</th><th>ผู้รับ / Consumers</th><th>เข้า/วินาที / In/s</th><th>ออก/วินาที / Out/s</th><th>เก่าสุด / Oldest</th><th></th></tr>
        {string.Concat(s.Queues.Select(q => $"""
            <tr data-queue="{E(q.Name)}"{(q.IsFaultQueue ? " class=\"fault\"" : "")}><td>{(q.IsFaultQueue ? "└ " : "")}{E(q.Name)}</td><td>{q.Ready}</td><td>{q.Unacknowledged}</td><td>{q.Consumers}</td>
            <td>{q.PublishPerSecond.ToString("0.0", CultureInfo.InvariantCulture)}</td><td>{q.DeliverPerSecond.ToString("0.0", CultureInfo.InvariantCulture)}</td><td>{Age(s.AtUtc, q.OldestMessageAt)}</td>
            <td>{(q.Name.EndsWith(QueueSnapshot.ErrorSuffix, StringComparison.Ordinal) && q.Ready > 0 ? RedriveButton(http, q.InputQueue, "all", "ส่งกลับทั้งหมด / Re-drive all") : "")}</td></tr>
            """))}
        </table>
        """;

    static string Faults(HttpContext http, ConsoleSnapshot s) => string.Concat(s.Faults.Select(f => $"""
        <h3>ข้อความที่ล้มเหลวใน / Faulted messages in {E(f.Key)}{QueueSnapshot.ErrorSuffix}</h3>
        <p><small>แสดงเฉพาะข้อมูลกำกับและข้อผิดพลาด ไม่แสดงเนื้อหา / Metadata and exception only, never the content.</small></p>
        {Form(http, Path + "/redrive", $"""
            <input type="hidden" name="queue" value="{E(f.Key)}">
            <table class="faults" data-queue="{E(f.Key)}"><tr><th></th><th>Message id</th><th>ล้มเหลวเมื่อ / Faulted at (UTC)</th><th>ชนิด / Exception</th><th>ข้อความ / Message</th></tr>
            {string.Concat(f.Value.Select(m => $"""<tr><td><input type="checkbox" name="id" value="{E(m.MessageId)}" aria-label="{E(m.MessageId)}"></td><td><code>{E(m.MessageId)}</code></td><td>{m.FaultedAt:yyyy-MM-dd HH:mm:ss}</td><td>{E(m.ExceptionType)}</td><td>{E(m.ExceptionMessage)}</td></tr>"""))}
            </table>
            <button name="mode" value="selected">ส่งกลับที่เลือก / Re-drive selected</button> <button name="mode" value="all">ส่งกลับทั้งหมด / Re-drive all</button>
            """)}
        """));

    static string RedriveButton(HttpContext http, string queue, string mode, string label) =>
        Form(http, Path + "/redrive", $"""<input type="hidden" name="queue" value="{E(queue)}"><button name="mode" value="{mode}">{label}</button>""");

    static string Adapters(HttpContext http, ConsoleSnapshot s) => $"""
        <table id="adapters"><tr><th>ช่องทาง / Adapter</th><th>แบบ / Kind</th><th>สถานะ / State</th><th>ข้อความล่าสุด / Last message</th><th>ความล่าช้า / Lag</th><th>รับ / Received</th><th>ข้อผิดพลาด / Errors</th><th></th></tr>
        {string.Concat(s.Adapters.Select(a => $"""
            <tr data-adapter="{E(a.Name)}"><td>{E(a.Name)}</td><td>{(a.Pulling ? "ดึง / pull" : "รับ / push")}</td><td class="state">{State(a)}</td>
            <td>{Age(s.AtUtc, a.LastMessageAtUtc)}</td><td>{(a.Lag(s.AtUtc) is { } lag ? Age(lag) : "-")}</td><td>{a.Received}</td>
            <td>{a.ErrorCount}{(a.LastErrorType is null ? "" : " (" + E(a.LastErrorType) + ")")}</td><td>{PauseButton(http, a)}</td></tr>
            """))}
        </table>
        """;

    static string State(AdapterState a) => a.Shown switch
    {
        AdapterStatus.Running => "ทำงาน / running" + (a.Detail is null ? "" : $" ({E(a.Detail)})"),
        AdapterStatus.Paused => "หยุดชั่วคราว / paused",
        AdapterStatus.Failing => "ขัดข้อง / failing" + (a.CircuitOpenUntil is { } until ? $", วงจรเปิดถึง / circuit open until {until:HH:mm:ss}" : ""),
        AdapterStatus.Disabled => "ปิดใช้งาน / disabled",
        _ => "กำลังเริ่ม / starting",
    };

    /// <summary>Only pulling adapters pause: a push door refusing would make the sender drop or retry blindly.</summary>
    static string PauseButton(HttpContext http, AdapterState a) => !a.Pulling
        ? "<small>รับเสมอ / always accepts</small>"
        : a.Paused
            ? Form(http, Path + "/adapters/resume", $"""<input type="hidden" name="adapter" value="{E(a.Name)}"><button>ทำงานต่อ / Resume</button>""")
            : Form(http, Path + "/adapters/pause", $"""<input type="hidden" name="adapter" value="{E(a.Name)}"><button>หยุดชั่วคราว / Pause</button>""");

    static string Age(DateTimeOffset now, DateTimeOffset? at) => at is { } t ? Age(now - t) : "-";

    static string Age(TimeSpan age) => QueueTable.Age(age);
}
