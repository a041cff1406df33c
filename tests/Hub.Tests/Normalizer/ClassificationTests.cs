using Hub.Contracts.Complaints;
using Hub.Normalizer.Classification;
using Hub.Normalizer.Pii;
using Hub.Normalizer.Text;

namespace Hub.Tests.Normalizer;

public class ClassificationTests
{
    static ComplaintClassification Classify(string text, string? district = null)
    {
        var canonical = ThaiCanonicalizer.Canonicalize(text);
        return ComplaintClassifier.Classify(canonical, text, district is null ? null : new ComplaintLocation(district, null, null), PiiScanner.Scan(text));
    }

    [Theory]
    [InlineData("เทศกิจมาเก็บเงินแม่ค้าทุกศุกร์ แผงละ 300 ไม่จ่ายก็โดนยึดของ", "BRIBERY")]
    [InlineData("ฝ่ายทะเบียนมีพนักงาน 3 คนให้เพื่อนเซ็นชื่อลงเวลาแทนทุกเช้า", "TIME_ATTENDANCE")]
    [InlineData("สำนักการศึกษาจัดซื้อแท็บเล็ตเครื่องละ 12,900 แพงเกินจริง TOR ล็อกสเปก", "PROCUREMENT")]
    [InlineData("รถขยะเขตจอดให้คนขับดูดน้ำมันหลวงใส่แกลลอนไปขาย", "EMBEZZLEMENT")]
    [InlineData("หัวหน้าโยธาเขตให้งานบริษัทของน้องชายตัวเอง ผลประโยชน์ทับซ้อน", "CONFLICT_OF_INTEREST")]
    [InlineData("ยื่นขออนุญาตก่อสร้างมาสี่เดือน วิศวกรเขตบอกจ่าย 8 หมื่นได้ใบ", "PERMIT")]
    [InlineData("เจ้าหน้าที่ตะคอกใส่แม่ด้วยคำหยาบ", "MISCONDUCT")]
    public void Corruption_complaints_get_their_category_with_signals(string text, string category)
    {
        var decision = Classify(text).Category;
        Assert.Equal(category, decision.Category);
        Assert.True(decision.IsCorruption);
        Assert.NotEmpty(decision.Signals);
    }

    [Theory]
    [InlineData("ไฟทางดับทั้งแนวซอย มืดมาก ช่วยซ่อมด่วนครับ")]
    [InlineData("ฝนตกทีไรน้ำท่วมซอยทุกที ท่อตันหรือเปล่า ช่วยมาลอกท่อที")]
    public void Service_requests_are_not_corruption(string text)
    {
        var decision = Classify(text).Category;
        Assert.False(decision.IsCorruption);
        Assert.Equal("NOT_CORRUPTION", decision.Category);
    }

    [Fact]
    public void A_short_ticket_alleging_money_is_corruption_even_with_service_words() =>
        Assert.True(Classify("ขยะไม่เก็บ รถขยะเขตมาเก็บเงินบ้านละสองร้อย ถ้าไม่จ่ายก็ไม่เก็บ").Category.IsCorruption);

    [Theory]
    [InlineData("เทศกิจเก็บเงินแม่ค้าหน้าตลาดห้วยขวางทุกวันศุกร์", null, "D1017")]
    [InlineData("ขอร้องเรียนเทศกิจ หน้า ซ.7 สยามสแควร์ เตะรถเข็น", null, "D1007")]
    [InlineData("ยื่นขออนุญาตที่โยธาเขต ตึกแถวสุขุมวิท 49", null, "D1039")]
    [InlineData("เจ้าหน้าที่ห้องบัตร รพ.ตากสิน ตะคอกใส่คุณยาย", "คลองสาน", "MED")]
    [InlineData("ถนนสามเสนหน้าวชิรพยาบาล น้ำท่วมขัง เขตดุสิตช่วยส่งรถดูดน้ำ", null, "D1002")]
    [InlineData("ปุ่มกดสัญญาณไฟคนข้ามถนนตรงข้ามสวนจตุจักรกดแล้วไม่ทำงาน", "จตุจักร", "TTD")]
    [InlineData("คนงานสวนลุมลงชื่อแล้วนั่งเล่นมือถือ", "ปทุมวัน", "ENV")]
    [InlineData("ไฟถนนในหมู่บ้านแถวทวีวัฒนาดับ เขตทวีวัฒนา", null, "D1048")]
    [InlineData("ร้านคาราโอเกะเปิดเพลงเสียงดังถึงตีสองทุกคืน", "ราษฎร์บูรณะ", "D1024")]
    public void Units_come_from_names_places_roles_and_location(string text, string? district, string unit) =>
        Assert.Equal(unit, Classify(text, district).Unit.UnitCode);

    [Theory]
    [InlineData("จนท.ใส่เสื้อ กทม. 3 คน มาวัดหน้าบ้าน ตะคอกใส่แม่", "บางแค")]
    [InlineData("ผอ.เขตท่านนึงให้บริษัทที่ภรรยาถือหุ้นได้งาน ขอไม่บอกว่าเขตไหน", null)]
    public void An_unnamed_unit_stays_unknown_even_with_a_pin(string text, string? district) =>
        Assert.Equal(BmaUnits.Unknown, Classify(text, district).Unit.UnitCode);

    [Fact]
    public void The_accused_role_and_named_officials_are_explained()
    {
        var accused = Classify("เทศกิจมาเก็บเงิน คนนึงชื่อเอกชัย คนอื่นเค้าเรียกหัวหน้าเอก").Accused;
        Assert.StartsWith("city-law-enforcement", accused.Role, StringComparison.Ordinal);
        Assert.Contains("หัวหน้าเอก", accused.NamedOfficials);
    }
}
