using Hub.Normalizer.Text;

namespace Hub.Tests.Text;

public class ThaiCanonicalizerTests
{
    [Fact]
    public void Thai_digits_become_ascii_digits() =>
        Assert.Equal("เรียกเงิน 5000 บาท", ThaiCanonicalizer.Canonicalize("เรียกเงิน ๕๐๐๐ บาท"));

    [Fact]
    public void Zero_width_characters_are_removed() =>
        Assert.Equal("เทศกิจเรียกเงิน", ThaiCanonicalizer.Canonicalize("เทศ\u200Bกิจ\u200Cเรียก\uFEFFเงิน"));

    [Fact]
    public void Whitespace_is_folded_and_trimmed() =>
        Assert.Equal("ก ข ค", ThaiCanonicalizer.Canonicalize("  ก \t\n ข\u00A0 ค  "));

    [Fact]
    public void Text_is_composed_to_nfc()
    {
        var decomposed = "e\u0301";
        Assert.Equal("\u00E9", ThaiCanonicalizer.Canonicalize(decomposed));
    }
}
