using Hub.Ingestion.WebForm;

namespace Hub.Tests.WebForm;

public class WebFormValidatorTests
{
    [Fact]
    public void A_plain_anonymous_complaint_is_valid() =>
        Assert.Empty(WebFormValidator.Validate(new WebFormRequest { Text = "เจ้าหน้าที่เรียกเงิน", Anonymous = true }));

    [Fact]
    public void Each_bad_field_is_named()
    {
        var errors = WebFormValidator.Validate(new WebFormRequest
        {
            Text = " ",
            Subject = new string('ก', WebFormValidator.MaxSubjectLength + 1),
            Contact = new WebFormContact(null, "not-an-email", "12"),
        });

        Assert.Equal(["contact.email", "contact.phone", "subject", "text"], errors.Keys.Order().ToArray());
    }

    [Fact]
    public void Text_over_the_documented_limit_is_rejected() =>
        Assert.Contains("text", WebFormValidator.Validate(new WebFormRequest { Text = new string('ก', WebFormValidator.MaxTextLength + 1) }).Keys);

    [Theory]
    [InlineData("081-234-5678")]
    [InlineData("0812345678")]
    [InlineData("+66 81 234 5678")]
    [InlineData("02-123-4567")]
    [InlineData("๐๘๑๒๓๔๕๖๗๘")]
    public void Thai_phone_numbers_in_their_usual_spellings_are_accepted(string phone) =>
        Assert.Empty(WebFormValidator.Validate(new WebFormRequest { Text = "x", Contact = new WebFormContact(null, null, phone) }));

    [Theory]
    [InlineData("12345")]
    [InlineData("+1 415 555 0100")]
    [InlineData("081-234-5678 ext")]
    public void Other_phone_strings_are_rejected(string phone) =>
        Assert.Contains("contact.phone", WebFormValidator.Validate(new WebFormRequest { Text = "x", Contact = new WebFormContact(null, null, phone) }).Keys);

    [Fact]
    public void Error_messages_never_echo_the_value()
    {
        var errors = WebFormValidator.Validate(new WebFormRequest { Text = "x", Contact = new WebFormContact(null, "secret-person@@x", null) });
        Assert.DoesNotContain(errors.SelectMany(e => e.Value), m => m.Contains("secret-person", StringComparison.Ordinal));
    }
}
