namespace Hub.Publisher.Site;

/// <summary>The count definitions printed beside every table and in the data dictionary, so the numbers reconcile (ITA-6).</summary>
public static class Definitions
{
    public const string NoneTh = "ไม่มีเรื่องร้องเรียน";
    public const string NotYetAvailable = "ยังไม่มีข้อมูล / not yet available";
    public const string SuppressedMark = "–";

    public static readonly (string Key, string Th, string DefinitionTh, string En)[] Counts =
    [
        ("received", "รับเรื่อง", "จำนวนเรื่อง (เหตุการณ์) ที่ลงทะเบียนในช่วงเวลานั้น เรื่องซ้ำที่แจ้งหลายช่องทางนับเป็นหนึ่งเรื่อง",
            "Cases (incidents) registered in the period; repeated reports of one incident count once."),
        ("concluded", "ได้ข้อยุติ", "จำนวนเรื่องที่ได้ข้อยุติในช่วงเวลานั้น ไม่ว่าผลจะเป็นอย่างไร",
            "Cases concluded in the period, whatever the outcome."),
        ("in_progress", "อยู่ระหว่างดำเนินการ", "เรื่องที่รับไว้จนถึงสิ้นช่วงเวลาและยังไม่ได้ข้อยุติ ณ สิ้นช่วงเวลา; ยอดรวม = เรื่องค้างจากปีก่อน + รับเรื่อง − ได้ข้อยุติ",
            "Cases registered by the end of the period and not concluded by then; total = carried over + received − concluded."),
        ("carried_over", "เรื่องค้างจากปีก่อน", "เรื่องที่รับก่อนวันที่ 1 ตุลาคม และยังไม่ได้ข้อยุติ ณ วันนั้น",
            "Cases registered before 1 October and not concluded by then."),
    ];

    public static string SuppressionTh(int k) =>
        $"“{SuppressedMark}” คือค่าที่ปกปิดไว้ เพราะมีจำนวน 1–{k - 1} เรื่อง หรือปกปิดเพิ่มเพื่อไม่ให้คำนวณย้อนกลับจากยอดรวมได้ (ค่าศูนย์แสดงตามจริง)";

    public static string SuppressionEn(int k) =>
        $"“{SuppressedMark}” marks a hidden value: 1–{k - 1} cases, or hidden as well so that no hidden value can be worked out from the totals (zeros are shown).";
}
