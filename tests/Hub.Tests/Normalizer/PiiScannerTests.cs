using Hub.Normalizer.Pii;

namespace Hub.Tests.Normalizer;

public class PiiScannerTests
{
    static List<PiiSpan> Found(string text, PiiKind kind) => PiiScanner.Scan(text).Where(s => s.Kind == kind).ToList();

    [Theory]
    [InlineData("เลขประจำตัวประชาชน 1-1020-01567-34-8 ครับ", "1-1020-01567-34-8")]
    [InlineData("เลขบัตร 3800400127857 โทร", "3800400127857")]
    [InlineData("บัตร ๑๑๐๑๔๐๐๙๘๒๖๐๗ ค่ะ", "๑๑๐๑๔๐๐๙๘๒๖๐๗")]
    [InlineData("เลขบัตร สาม สี่หนึ่งศูนย์หนึ่ง ศูนย์ศูนย์แปดเก้าสอง สามหก ห้า ครับ", "สาม สี่หนึ่งศูนย์หนึ่ง ศูนย์ศูนย์แปดเก้าสอง สามหก ห้า")]
    public void Thai_national_ids_are_found_in_any_format(string text, string id) =>
        Assert.Equal(id, Assert.Single(Found(text, PiiKind.NationalId)).Text);

    [Fact]
    public void An_invalid_checksum_id_is_still_flagged_with_less_confidence()
    {
        var valid = Assert.Single(Found("เลข 3800400127854", PiiKind.NationalId));
        var invalid = Assert.Single(Found("เลข 3800400127858", PiiKind.NationalId));
        Assert.True(ThaiNationalId.HasValidChecksum("3800400127854"));
        Assert.False(ThaiNationalId.HasValidChecksum("3800400127858"));
        Assert.True(invalid.Confidence < valid.Confidence);
    }

    [Theory]
    [InlineData("โทร 081-234-5678 นะ", "081-234-5678")]
    [InlineData("เบอร์ 0812345678 ค่ะ", "0812345678")]
    [InlineData("ติดต่อ +66 81 234 5678", "+66 81 234 5678")]
    [InlineData("โทร ๐๘๙-๖๖๑-๒๓๘๐", "๐๘๙-๖๖๑-๒๓๘๐")]
    [InlineData("โทร. 02-411-5239", "02-411-5239")]
    [InlineData("ผู้แจ้ง: ศูนย์เก้าสอง แปดแปดหนึ่ง สี่ห้าศูนย์เจ็ดครับ", "ศูนย์เก้าสอง แปดแปดหนึ่ง สี่ห้าศูนย์เจ็ด")]
    public void Phone_numbers_are_found_in_any_format(string text, string phone) =>
        Assert.Equal(phone, Assert.Single(Found(text, PiiKind.Phone)).Text);

    [Fact]
    public void Emails_are_found() =>
        Assert.Equal("pannee.srs@gmail.com", Assert.Single(Found("ผู้ประสานงาน / pannee.srs@gmail.com", PiiKind.Email)).Text);

    [Theory]
    [InlineData("โอนเข้าบัญชีกสิกร 058-2-71394-6 ชื่อบัญชี", "058-2-71394-6")]
    [InlineData("ธนาคารกรุงศรีอยุธยา เลขที่ 3711294750 เป็นงวด", "3711294750")]
    public void Bank_accounts_are_found_by_layout_or_by_a_bank_nearby(string text, string account) =>
        Assert.Equal(account, Assert.Single(Found(text, PiiKind.BankAccount)).Text);

    [Theory]
    [InlineData("ให้แอดไลน์ไอดี kk_pass99 คุยรายละเอียด", "kk_pass99")]
    [InlineData("ติดต่อกลับทางไลน์ได้ค่ะ ไอดี cafe.ekkamai12", "cafe.ekkamai12")]
    public void Line_ids_are_found_after_a_mention_of_line(string text, string id) =>
        Assert.Equal(id, Assert.Single(Found(text, PiiKind.LineId)).Text);

    [Theory]
    [InlineData("รถเก็บขยะ ทะเบียน ตค 4417 มาจอด", "ตค 4417")]
    [InlineData("รถกระบะ ทะเบียน ผน 7731 กรุงเทพมหานคร มาจอด", "ผน 7731")]
    [InlineData("คันทะเบียน 70-4982 สมุทรปราการ จอดให้", "70-4982")]
    [InlineData("ทราบทะเบียนไหมคะ ทราบครับ ฮอ ขอ สองสองศูนย์แปด กรุงเทพ", "ฮอ ขอ สองสองศูนย์แปด")]
    public void Licence_plates_are_found_also_when_spelled_out(string text, string plate) =>
        Assert.Contains(plate, Found(text, PiiKind.LicencePlate).Select(s => s.Text));

    [Fact]
    public void A_count_of_people_is_not_a_plate() =>
        Assert.Empty(Found("มีคนงาน 14 คน มาจริง 6 คน", PiiKind.LicencePlate));

    [Theory]
    [InlineData("ข้าพเจ้า นายสมหมาย จันทร์แก้ว เลขประจำตัว", "นายสมหมาย จันทร์แก้ว")]
    [InlineData("ได้รับหนังสือจาก นางสาวสุดารัตน์ คำแก้ว พยาบาลวิชาชีพ", "นางสาวสุดารัตน์ คำแก้ว")]
    [InlineData("กล่าวอ้างว่า นพ.ธนวัฒน์ สิริโชค แพทย์ประจำ", "นพ.ธนวัฒน์ สิริโชค")]
    [InlineData("ผู้ต้องหาคือ ร.ต.อ.สมชาย ใจดี ซึ่ง", "ร.ต.อ.สมชาย ใจดี")]
    [InlineData("นำโดยนายบุญเลิศ คงสวัสดิ์ ประธานชุมชน", "นายบุญเลิศ คงสวัสดิ์")]
    [InlineData("มีคนของเขต ชื่อพี่หน่อง บอกว่า", "พี่หน่อง")]
    [InlineData("หัวหน้าวิรัชเป็นคนคุมงานเอง", "หัวหน้าวิรัช")]
    [InlineData("เค้าชื่อวรรณาค่ะ ใส่เสื้อกทม.", "วรรณา")]
    [InlineData("ผู้แจ้ง: จิราพร วงศ์ทองค่ะ เบอร์ 0632957718", "จิราพร วงศ์ทอง")]
    public void Person_names_are_found_from_titles_ranks_prefixes_and_naming_phrases(string text, string name) =>
        Assert.Contains(name, Found(text, PiiKind.PersonName).Select(s => s.Text));

    [Theory]
    [InlineData("หัวหน้าฝ่ายบอกว่าต้องจ่าย")]
    [InlineData("ทราบชื่อเจ้าหน้าที่ไหมคะ")]
    [InlineData("ผู้แจ้ง: ถูกครับ")]
    public void Job_titles_and_speech_are_not_names(string text) =>
        Assert.Empty(Found(text, PiiKind.PersonName));

    [Fact]
    public void Redaction_replaces_every_span_with_its_kind()
    {
        const string text = "ข้าพเจ้า นายธีระ วงศ์สวัสดิ์ มือถือ 0819036642";
        var redacted = PiiScanner.Redact(text, PiiScanner.Scan(text));
        Assert.Equal("ข้าพเจ้า [NAME] มือถือ [PHONE]", redacted);
    }

    [Theory]
    [InlineData("วันนั้นลุงสมศักดิ์มาเก็บเงินแผงละร้อย", "ลุงสมศักดิ์")]
    [InlineData("ต้องฝากเงินไว้กับเจ๊ติ๋มทุกเดือน", "เจ๊ติ๋ม")]
    [InlineData("ถามแล้ว ป้า สมใจ เป็นคนรับเรื่อง", "ป้า สมใจ")]
    [InlineData("คนในตลาดเรียกเขาว่า \"พี่โย่ง\" ทุกคน", "พี่โย่ง")]
    public void Nicknames_after_a_kinship_or_title_prefix_are_names(string text, string name) =>
        Assert.Contains(name, Found(text, PiiKind.PersonName).Select(s => s.Text));

    [Theory]
    [InlineData("ได้ยินว่ามีคุณภาพดีกว่าเดิม")]
    [InlineData("ป้ายชื่อร้านหล่นลงมา")]
    [InlineData("พี่เลี้ยงเด็กไม่มาทำงาน")]
    public void Ordinary_words_that_start_like_a_prefix_are_not_names(string text) =>
        Assert.Empty(Found(text, PiiKind.PersonName));

    [Theory]
    [InlineData("เจ้าหน้าที่ชื่อเล่นว่าต่าย มาเก็บทุกวัน", "ต่าย")]
    [InlineData("คนขับที่เรียกกันว่า \"ตี๋\" มาจอดทุกเย็น", "ตี๋")]
    [InlineData("ผู้โทร: ผมชื่อ สมพงษ์ ครับ", "สมพงษ์")]
    public void First_names_and_nicknames_after_a_naming_cue_are_names(string text, string name) =>
        Assert.Contains(name, Found(text, PiiKind.PersonName).Select(s => s.Text));

    [Fact]
    public void A_latin_signature_after_a_closing_is_a_name()
    {
        var names = Found("Please check the drain.\n\nBest regards,\nAnnika Berg\nTeacher", PiiKind.PersonName);
        Assert.Equal("Annika Berg", Assert.Single(names).Text);
    }

    [Theory]
    [InlineData("รถกระบะทะเบียน ขก ๕๕๑๒ กรุงเทพมหานคร จอดขวาง", "ขก ๕๕๑๒")]
    [InlineData("เห็นรถขยะ ๗๑-๓๓๐๘ จอดหน้าร้าน", "๗๑-๓๓๐๘")]
    [InlineData("ทะเบียน 12-ฆข 4410 คันเดิม", "12-ฆข 4410")]
    [InlineData("จนท.: ทะเบียนรถจำได้ไหมครับ\nผู้โทร: ได้ครับ ขจ สามเจ็ดหนึ่งสอง ครับ", "ขจ สามเจ็ดหนึ่งสอง")]
    public void Plates_in_thai_digits_and_spelled_out_are_found_without_the_province(string text, string plate) =>
        Assert.Contains(plate, Found(text, PiiKind.LicencePlate).Select(s => s.Text));

    [Fact]
    public void A_bank_account_read_out_in_words_is_found()
    {
        var span = Assert.Single(Found("โอนเข้าบัญชีกสิกร สามสองหนึ่ง ศูนย์ สี่สี่ห้าหกเจ็ด แปด ค่ะ", PiiKind.BankAccount));
        Assert.Equal("สามสองหนึ่ง ศูนย์ สี่สี่ห้าหกเจ็ด แปด", span.Text);
    }

    [Fact]
    public void Every_span_is_an_exact_substring_of_the_text()
    {
        const string text = "ผู้แจ้ง: ชื่อเล่นว่าแจ๋ว ค่ะ รถทะเบียน กข ๑๒๓๔ เบอร์ ศูนย์แปดหนึ่ง สองสามสี่ ห้าหกเจ็ดแปด";
        foreach (var span in PiiScanner.Scan(text))
        {
            Assert.Equal(span.Text, text.Substring(span.Start, span.Length));
        }
    }
}
