using Hub.Normalizer.Text;

namespace Hub.Tests.Normalizer;

public class ThaiTextTests
{
    [Fact]
    public void Sara_am_typed_as_nikhahit_and_sara_aa_is_composed() =>
        Assert.Equal("ทำงาน", ThaiCanonicalizer.Canonicalize("ท\u0E4D\u0E32งาน"));

    [Fact]
    public void Sara_am_with_a_tone_mark_between_is_reordered() =>
        Assert.Equal("น้ำท่วม", ThaiCanonicalizer.Canonicalize("น\u0E4D\u0E49\u0E32ท่วม"));

    [Fact]
    public void Tone_mark_before_upper_vowel_and_doubled_marks_are_repaired()
    {
        Assert.Equal("ที่", ThaiCanonicalizer.Canonicalize("ท\u0E48\u0E35"));
        Assert.Equal("ไม่", ThaiCanonicalizer.Canonicalize("ไม\u0E48\u0E48"));
    }

    [Fact]
    public void Icu_segments_thai_words_and_splits_glued_digits()
    {
        var words = ThaiWordBreaker.Words("เทศกิจเก็บเงินแม่ค้าหน้าตลาดห้วยขวางแผงละ300บาท");
        Assert.Contains("แม่ค้า", words);
        Assert.Contains("ห้วยขวาง", words);
        Assert.Contains("300", words);
        Assert.Equal(ThaiWordBreaker.Words("แผงละ 300 บาท"), ThaiWordBreaker.Words("แผงละ300บาท"));
    }

    [Fact]
    public void Stop_words_are_left_out_of_content_words()
    {
        var words = ThaiWordBreaker.ContentWords("เจ้าหน้าที่เขตมาเก็บเงินครับ");
        Assert.DoesNotContain("ครับ", words);
        Assert.DoesNotContain("มา", words);
        Assert.Contains("เก็บ", words);
    }

    [Fact]
    public void Thousands_separators_do_not_split_numbers() =>
        Assert.Contains("20000", ThaiWordBreaker.Words("จ่าย 20,000 บาท"));

    [Theory]
    [InlineData("เรียกเงินสามหมื่น บอก", 30_000)]
    [InlineData("จ่ายไปแล้วหมื่นนึง", 10_000)]
    [InlineData("เครื่องละ สี่ล้านสอง ซื้อ", 4_200_000)]
    [InlineData("แผงละ300 ไม่มีใบเสร็จ", 300)]
    [InlineData("ขอ 8 หมื่นจบ", 80_000)]
    [InlineData("ราคา 150k การันตี", 150_000)]
    [InlineData("เดือนละ 5,000 บาท", 5_000)]
    public void Amounts_are_read_from_digits_and_words(string text, long amount) =>
        Assert.Contains(amount, ThaiNumberWords.Amounts(ThaiCanonicalizer.Canonicalize(text)));

    [Fact]
    public void Digit_by_digit_readings_become_digits() =>
        Assert.Equal("0867305512", ThaiNumberWords.DigitsOf("ศูนย์แปดหก เจ็ดสามศูนย์ ห้าห้าหนึ่งสอง"));
}
