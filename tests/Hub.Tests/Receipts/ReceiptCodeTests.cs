using Hub.CaseStore.Receipts;

namespace Hub.Tests.Receipts;

public class ReceiptCodeTests
{
    [Fact]
    public void A_new_code_is_four_groups_of_four_from_the_unambiguous_alphabet()
    {
        var code = ReceiptCode.New();

        Assert.Matches("^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$", code);
        Assert.DoesNotContain('0', code);
        Assert.DoesNotContain('O', code);
        Assert.DoesNotContain('1', code);
        Assert.DoesNotContain('I', code);
    }

    [Fact]
    public void Codes_carry_eighty_random_bits_and_do_not_repeat()
    {
        // 16 symbols × log2(32) = 80 bits.
        Assert.Equal(32, ReceiptCode.Alphabet.Length);
        var codes = Enumerable.Range(0, 20_000).Select(_ => ReceiptCode.New()).ToHashSet();
        Assert.Equal(20_000, codes.Count);
    }

    [Theory]
    [InlineData("k7qm 2zxp rt9h 4cwe", "K7QM-2ZXP-RT9H-4CWE")]
    [InlineData("K7QM2ZXPRT9H4CWE", "K7QM-2ZXP-RT9H-4CWE")]
    [InlineData("K7QM-2ZXP-RT9H-4CWE", "K7QM-2ZXP-RT9H-4CWE")]
    public void What_people_type_is_normalized(string typed, string expected)
    {
        Assert.True(ReceiptCode.TryNormalize(typed, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("K7QM-2ZXP-RT9H")]
    [InlineData("K7QM-2ZXP-RT9H-4CWE-A")]
    [InlineData("O7QM-2ZXP-RT9H-4CWE")]
    [InlineData("K7QM-2ZXP-RT9H-4CW'")]
    public void Anything_that_cannot_be_a_code_is_rejected(string typed) =>
        Assert.False(ReceiptCode.TryNormalize(typed, out _));
}
