using System.Text;
using Hub.Ingestion.Line;

namespace Hub.Tests.Chat;

public sealed class LineSignatureTests
{
    const string Secret = "8c570fa6dd201bb328f1c1eac23a96d8";
    static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"destination":"U8e742f61d673b39c7fff3cecb7536ef0","events":[]}""");

    [Fact]
    public void The_signature_LINE_computes_over_the_raw_body_is_accepted() =>
        Assert.True(LineSignature.IsValid(Body, Secret, Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Body))));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void A_missing_or_malformed_signature_is_refused(string? header) => Assert.False(LineSignature.IsValid(Body, Secret, header));

    [Fact]
    public void A_body_changed_in_one_byte_or_signed_with_another_secret_is_refused()
    {
        var signature = LineSignature.Sign(Body, Secret);
        var changed = (byte[])Body.Clone();
        changed[^2] = (byte)' ';
        Assert.False(LineSignature.IsValid(changed, Secret, signature));
        Assert.False(LineSignature.IsValid(Body, Secret, LineSignature.Sign(Body, "another-secret")));
    }
}
