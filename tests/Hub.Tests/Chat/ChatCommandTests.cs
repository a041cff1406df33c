using Hub.Ingestion.Chat;

namespace Hub.Tests.Chat;

public sealed class ChatCommandTests
{
    [Theory]
    [InlineData("สถานะ K7QM-2ZXP-RT9H-4CWE")]
    [InlineData("/status k7qm2zxprt9h4cwe")]
    [InlineData("  K7QM 2ZXP RT9H 4CWE ")]
    public void A_receipt_code_however_typed_asks_for_status(string text) =>
        Assert.Equal(new ChatCommand.Status("K7QM-2ZXP-RT9H-4CWE"), ChatCommand.Parse(text));

    [Theory]
    [InlineData("ยืนยัน", typeof(ChatCommand.Confirm))]
    [InlineData("ยืนยัน!", typeof(ChatCommand.Confirm))]
    [InlineData("ยกเลิก", typeof(ChatCommand.Cancel))]
    [InlineData("ไม่ระบุตัวตน", typeof(ChatCommand.Anonymous))]
    [InlineData("เรื่องใหม่", typeof(ChatCommand.NewReport))]
    [InlineData("/start", typeof(ChatCommand.Start))]
    [InlineData("/start deep-link", typeof(ChatCommand.Start))]
    public void Control_words_are_commands(string text, Type expected) => Assert.IsType(expected, ChatCommand.Parse(text));

    [Theory]
    [InlineData("เจ้าหน้าที่เรียกเงิน ไม่ยืนยันว่าใคร")]
    [InlineData("ยืนยันว่าเห็นเหตุการณ์จริง")]
    [InlineData("K7QM-2ZXP")]
    public void Anything_else_is_part_of_the_report(string text) => Assert.Null(ChatCommand.Parse(text));
}
