using Hub.Contracts.Complaints;
using Hub.Normalizer.Dedup;
using Hub.Normalizer.Intake;

namespace Hub.Tests.Normalizer;

public class DedupTests
{
    static readonly DateTimeOffset Friday = DateTimeOffset.Parse("2025-02-07T18:30:00+07:00", System.Globalization.CultureInfo.InvariantCulture);

    static IncidentFingerprint Read(string id, string channel, string text, double daysLater = 0, string? district = null, string? reporter = null) =>
        ComplaintReader.Read(id, channel, reporter, Friday.AddDays(daysLater), null, text,
            district is null ? null : new ComplaintLocation(district, null, null)).Fingerprint;

    const string HuaiKhwangLine = "แจ้งเรื่องค่ะ เทศกิจมาเก็บเงินแม่ค้าหน้าตลาดห้วยขวางทุกศุกร์เลยค่ะ แผงละ 300 ไม่จ่ายก็โดนยึดของ คนนึงชื่อเอกชัย";
    const string HuaiKhwangTraffy = "เทศกิจเก็บเงินแม่ค้าหน้าตลาดห้วยขวางทุกวันศุกร์ แผงละ300 ไม่มีใบเสร็จ วันนี้ก็มาเก็บอีก ช่วยตรวจสอบด้วยครับ";
    const string OnNutTraffy = "เทศกิจเก็บเงินร้านค้าบนทางเท้าหน้าบีทีเอสอ่อนนุชทุกเย็นวันจันทร์ แผงละ200 ไม่มีใบเสร็จ เห็นเป็นประจำ ช่วยตรวจสอบด้วยค่ะ";

    [Fact]
    public void Retellings_on_different_channels_join_one_case()
    {
        var index = new DedupIndex();
        var first = index.Link(Read("a", "line", HuaiKhwangLine));
        var second = index.Link(Read("b", "traffy", HuaiKhwangTraffy, daysLater: 1, district: "ห้วยขวาง"));
        Assert.Same(first, second);
        var link = second.Links.Single(l => l.ComplaintId == "b");
        Assert.Equal("a", link.MatchedComplaintId);
        Assert.True(link.Score >= DuplicateScorer.Shipped.LinkThreshold);
        Assert.Contains(link.Evidence, e => e.StartsWith("same place", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hard_negative_with_the_same_wording_but_another_place_and_amount_stays_apart()
    {
        var index = new DedupIndex();
        var huaiKhwang = index.Link(Read("a", "traffy", HuaiKhwangTraffy, district: "ห้วยขวาง"));
        var onNut = index.Link(Read("b", "traffy", OnNutTraffy, daysLater: 3, district: "พระโขนง"));
        Assert.NotSame(huaiKhwang, onNut);
    }

    [Fact]
    public void A_hard_negative_in_the_same_unit_and_category_stays_apart()
    {
        var index = new DedupIndex();
        var first = index.Link(Read("a", "traffy", "ฝนตกทีไรน้ำท่วมซอยนาคนิวาส 6 ทุกที ท่อตัน ช่วยมาลอกท่อที", district: "ลาดพร้าว"));
        var second = index.Link(Read("b", "traffy", "ฝนตกแค่ครึ่งชั่วโมง ซอยโชคชัย 4 ซอย 54 น้ำท่วมถึงหน้าแข้ง ช่วยมาลอกท่อด้วยค่ะ", daysLater: 26, district: "ลาดพร้าว"));
        Assert.NotSame(first, second);
    }

    [Fact]
    public void A_split_complaint_gets_its_own_case_and_is_not_linked_back()
    {
        var index = new DedupIndex();
        index.Link(Read("a", "line", HuaiKhwangLine));
        index.Link(Read("b", "traffy", HuaiKhwangTraffy, daysLater: 1, district: "ห้วยขวาง"));
        var own = index.Split("b");
        Assert.Equal(["b"], own.ComplaintIds);
        Assert.Equal(["a"], index.CaseOf("a").ComplaintIds);

        // a third retelling matches both; it may join either case but never bridges the split
        var third = index.Link(Read("c", "webform", HuaiKhwangTraffy + " แม่ค้าเล่าให้ฟัง", daysLater: 2, district: "ห้วยขวาง"));
        Assert.False(third.ComplaintIds.Contains("a") && third.ComplaintIds.Contains("b"));
    }

    [Fact]
    public void The_split_is_remembered_in_the_split_memory()
    {
        var memory = new InMemorySplitMemory();
        var index = new DedupIndex(memory);
        index.Link(Read("a", "line", HuaiKhwangLine));
        index.Link(Read("b", "traffy", HuaiKhwangTraffy, daysLater: 1, district: "ห้วยขวาง"));
        index.Split("b");
        Assert.True(memory.AreApart("a", "b"));
        Assert.True(memory.AreApart("b", "a"));
    }

    [Fact]
    public void A_case_counts_independent_reporters_and_channels()
    {
        var index = new DedupIndex();
        index.Link(Read("a", "line", HuaiKhwangLine, reporter: "p1"));
        index.Link(Read("b", "traffy", HuaiKhwangTraffy, daysLater: 1, district: "ห้วยขวาง", reporter: "p2"));
        var incident = index.Link(Read("c", "traffy", HuaiKhwangTraffy + " อีกแล้ว", daysLater: 8, district: "ห้วยขวาง", reporter: "p2"));
        Assert.Equal(3, incident.Links.Count);
        Assert.Equal(2, incident.IndependentReporters);
        Assert.Equal(2, incident.Channels);
    }

    [Fact]
    public void Two_normalizers_linking_at_once_never_open_two_cases_for_one_incident()
    {
        for (var round = 0; round < 50; round++)
        {
            var index = new DedupIndex();
            var line = Read("a", "line", HuaiKhwangLine);
            var traffy = Read("b", "traffy", HuaiKhwangTraffy, daysLater: 1, district: "ห้วยขวาง");
            using var start = new Barrier(2);
            var cases = new IncidentCase[2];
            var first = new Thread(() => { start.SignalAndWait(); cases[0] = index.Link(line); });
            var second = new Thread(() => { start.SignalAndWait(); cases[1] = index.Link(traffy); });
            first.Start();
            second.Start();
            first.Join();
            second.Join();
            Assert.Same(cases[0], cases[1]);
            Assert.Equal(1, index.CaseCount);
        }
    }

    [Fact]
    public void A_redelivered_complaint_is_not_linked_twice()
    {
        var index = new DedupIndex();
        var fingerprint = Read("a", "line", HuaiKhwangLine);
        Assert.Same(index.Link(fingerprint), index.Link(fingerprint));
        Assert.Equal(1, index.Count);
    }
}
