namespace Hub.Cli.Bench;

/// <summary>
/// The complaints a pipeline bench sends: mostly separate incidents (different misconduct, district, lane, day and
/// amount, as a real stream is), and every tenth one a repeat of a complaint sent shortly before, so linking is
/// exercised too. A stream of one text retold would measure one ever-growing case instead.
/// </summary>
static class MixedStream
{
    static readonly string[] Misconduct =
    [
        "เจ้าหน้าที่เทศกิจเรียกเงินจากแม่ค้าหน้าตลาด",
        "ฝ่ายโยธารับเงินใต้โต๊ะแล้วไม่ตรวจอาคารที่สร้างผิดแบบ",
        "เจ้าหน้าที่ออกใบอนุญาตร้านอาหารให้ญาติโดยไม่ถูกต้อง",
        "พนักงานเก็บขยะขอเงินค่าเก็บขยะเพิ่มจากชาวบ้าน",
        "ครูโรงเรียนสังกัดกรุงเทพมหานครบังคับเก็บค่าเรียนพิเศษ",
        "เจ้าหน้าที่ฝ่ายทะเบียนเรียกเงินเพื่อเร่งทำบัตรให้",
        "ผู้รับเหมาทำถนนไม่ได้มาตรฐานแต่กรรมการตรวจรับงาน",
        "เจ้าหน้าที่พัสดุแบ่งซื้อแบ่งจ้างเพื่อเลี่ยงการประกวดราคา",
    ];

    static readonly string[] Districts = ["บางรัก", "ปทุมวัน", "จตุจักร", "ลาดพร้าว", "ดินแดง", "คลองเตย", "บางกะปิ", "ห้วยขวาง", "สาทร", "ดุสิต", "บางเขน", "มีนบุรี"];

    public static string Text(int i, string label) => i % 10 == 9 && i >= 5 ? Incident(i - 5, label) : Incident(i, label);

    static string Incident(int i, string label) =>
        $"{Misconduct[i % Misconduct.Length]} ที่เขต{Districts[i / Misconduct.Length % Districts.Length]} ซอย {i % 97 + 1} " +
        $"เมื่อวันที่ {i % 28 + 1} เดือนนี้ จำนวน {(i % 50 + 1) * 100} บาท (เรื่องที่ {i}, {label})";
}
