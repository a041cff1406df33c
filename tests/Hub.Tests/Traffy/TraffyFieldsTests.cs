using System.Text.Json.Nodes;
using Hub.Ingestion.Accepting;
using Hub.Ingestion.Traffy;

namespace Hub.Tests.Traffy;

public sealed class TraffyFieldsTests
{
    [Theory]
    [InlineData("2023-05-12 13:04:57.51294+00", "2023-05-12T13:04:57.5129400Z")]
    [InlineData("2023-05-16 04:13:32.405632+00", "2023-05-16T04:13:32.4056320Z")]
    [InlineData("2026-09-26 06:09:59", "2026-09-25T23:09:59.0000000Z")]
    [InlineData("2026-05-12T09:15:00+07:00", "2026-05-12T02:15:00.0000000Z")]
    public void Times_with_an_offset_keep_it_and_times_without_are_bangkok(string text, string expectedUtc)
    {
        Assert.True(TraffyTime.TryParse(text, TraffyTime.Bangkok, out var utc));
        Assert.Equal(expectedUtc, utc!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("""{"ticket_id":"A","coords":"100.87281,13.81565"}""")]
    [InlineData("""{"ticket_id":"A","coords":"13.81565,100.87281"}""")]
    [InlineData("""{"ticket_id":"A","coords":"['100.87281', '13.81565']"}""")]
    [InlineData("""{"ticket_id":"A","coords":["100.87281","13.81565"]}""")]
    [InlineData("""{"ticket_id":"A","latitude":13.81565,"longitude":100.87281}""")]
    [InlineData("""{"type":"Feature","geometry":{"type":"Point","coordinates":[100.87281,13.81565]},"properties":{"ticket_id":"A"}}""")]
    public void Coordinates_in_every_shape_and_either_order_come_out_as_longitude_and_latitude(string json)
    {
        var ticket = TraffyFields.Read(JsonNode.Parse(json)!.AsObject(), TraffyTime.Bangkok);
        Assert.Equal(100.87281, ticket.Longitude);
        Assert.Equal(13.81565, ticket.Latitude);
        Assert.Empty(ticket.FieldProblems);
    }

    [Fact]
    public void Category_lists_read_from_postgres_sets_python_reprs_and_arrays()
    {
        Assert.Equal(["กีดขวาง", "ถนน"], Read("""{"ticket_id":"A","type":"{กีดขวาง,ถนน}"}""").Types);
        Assert.Empty(Read("""{"ticket_id":"A","type":"{}","problem_type_abdul":"['']"}""").Types);
        Assert.Equal(["น้ำท่วม"], Read("""{"ticket_id":"A","type":null,"problem_type_fondue":["น้ำท่วม"]}""").Types);
    }

    [Fact]
    public void A_redacted_ticket_is_recognised_and_a_routed_one_counts_as_traffys_own_judgement()
    {
        Assert.True(Read("""{"ticket_id":"","comment":"","organization":"กรุงเทพโปร่งใส"}""").Redacted);
        var routed = Read("""{"ticket_id":"Y3EHY7","comment":"ร้องเรียนเจ้าหน้าที่การเงิน","organization":"กรุงเทพโปร่งใส"}""");
        Assert.False(routed.Redacted);
        Assert.True(TraffyScreen.AllegesMisconduct(routed));
        Assert.Equal(["traffy:Y3EHY7", "1555:Y3EHY7"], TraffyScreen.ReferencesOf(routed));
    }

    [Fact]
    public void Reference_numbers_quoted_in_text_are_extracted()
    {
        var found = ReferenceNumbers.Extract("อ้างอิงเลขที่รับแจ้ง ZZMXBH เคยแจ้ง 2023-LENY98 และ นร02660019493");
        Assert.Equal(["1555:ZZMXBH", "traffy:2023-LENY98", "pmoc:นร02660019493"], found);
    }

    static TraffyTicketRecord Read(string json) => TraffyFields.Read(JsonNode.Parse(json)!.AsObject(), TraffyTime.Bangkok);
}
