using System.Text.Json;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Persistence;
using Hub.IntegrationTests.Infrastructure;
using Hub.Normalizer.Classification;
using Hub.Publisher;
using Hub.Publisher.Disclosure;
using Hub.Publisher.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Publishing;

/// <summary>
/// The statistics counted by the database equal those counted in memory from every case read back through EF — the
/// way the publisher counted before — for a mixed data set, on each engine: every fiscal year's months, quarters,
/// breakdowns and median, raw and after cell suppression.
/// </summary>
public sealed class CaseTalliesTests
{
    static readonly string[] Categories = ["BRIBERY", "EXTORTION", "", "NOT-A-CATEGORY"];
    static readonly string?[] Units = ["D1001", "D1002", BmaUnits.Unknown, "X9", null];
    static readonly string[] Channels = ["webform", "line", "email", "hotline", "fax"];

    // Sub-microsecond ticks: PostgreSQL keeps microseconds, SQLite all seven digits; both must cut at the same place.
    static readonly DateTimeOffset Now = new DateTimeOffset(2026, 2, 14, 9, 30, 15, TimeSpan.FromHours(7)).AddTicks(1_234_567);

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Counting_in_the_database_publishes_exactly_what_counting_every_case_did(DatabaseProvider provider)
    {
        await using var database = await ProviderDatabase.CreateAsync(provider);
        await database.WithDbAsync(async db =>
        {
            db.Cases.AddRange(MixedCases(new Random(7)));
            return await db.SaveChangesAsync();
        });

        var counted = await database.WithDbAsync(db => CaseTalliesReader.ReadAsync(db, Now, CancellationToken.None));
        var expected = CaseTallies.Of(await database.WithDbAsync(EveryCaseAsync), Now);

        Assert.NotEmpty(counted.Medians);
        for (var year = 2566; year <= FiscalYear.Of(Now).BuddhistYear; year++)
        {
            var fromDatabase = StatisticsCalculator.Calculate(counted, Now, new FiscalYear(year));
            var fromCases = StatisticsCalculator.Calculate(expected, Now, new FiscalYear(year));
            Assert.Equal(Json(fromCases), Json(fromDatabase));
            Assert.Equal(Json(DisclosureControl.Apply(fromCases, 3, null)), Json(DisclosureControl.Apply(fromDatabase, 3, null)));
        }
    }

    /// <summary>What the publisher used to read: each case that is an incident of its own, its unit or else the accused unit, its channels.</summary>
    static async Task<List<CaseFacts>> EveryCaseAsync(HubDbContext db) =>
        (await db.Cases.AsNoTracking().Where(c => c.MergedIntoCaseId == null)
            .Select(c => new { c.OpenedAtUtc, c.ConcludedAtUtc, c.Category, Unit = c.UnitCode ?? c.AccusedUnitCode, Channels = c.Complaints.Select(p => p.Channel).ToList() })
            .ToListAsync())
        .Select(c => new CaseFacts(c.OpenedAtUtc, c.ConcludedAtUtc, c.Category, c.Unit, c.Channels))
        .ToList();

    static string Json(object value) => JsonSerializer.Serialize(value);

    static List<Case> MixedCases(Random random)
    {
        var cases = new List<Case>();
        var bangkokMonthStart = new DateTime(2025, 10, 31, 17, 0, 0, DateTimeKind.Utc); // 1 Nov 2025 00:00 in Bangkok
        DateTime[] edges =
        [
            bangkokMonthStart, bangkokMonthStart.AddTicks(-1), bangkokMonthStart.AddTicks(-5000),
            new DateTime(2025, 9, 30, 17, 0, 0, DateTimeKind.Utc), // the first instant of fiscal year 2569
            Now.UtcDateTime, Now.UtcDateTime.AddTicks(-1), Now.UtcDateTime.AddTicks(-567), Now.UtcDateTime.AddTicks(-568), Now.UtcDateTime.AddDays(3),
        ];
        var origin = new DateTime(2023, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 400; i++)
        {
            var opened = i < edges.Length ? edges[i] : origin.AddTicks((long)(random.NextDouble() * TimeSpan.FromDays(1000).Ticks));
            DateTime? concluded = (i % 4) switch
            {
                0 or 1 => null,
                2 => opened.AddTicks((long)(random.NextDouble() * TimeSpan.FromDays(90).Ticks)),
                _ => i % 8 == 3 ? edges[random.Next(edges.Length)] : opened.AddHours(-random.Next(1, 48)), // an edge, or bad data: before opening
            };
            var unit = Units[random.Next(Units.Length)];
            var @case = new Case
            {
                Id = Guid.NewGuid(),
                Number = $"T-{i}",
                FiscalYear = 2569,
                Sequence = i,
                Status = concluded is null ? CaseStatus.Investigation : CaseStatus.Concluded,
                Category = Categories[random.Next(Categories.Length)],
                // About a third are not assigned yet and count for the unit the report is about.
                UnitCode = i % 3 == 0 ? null : unit,
                AccusedUnitCode = i % 3 == 0 ? unit : Units[random.Next(Units.Length)],
                OpenedAtUtc = opened,
                ConcludedAtUtc = concluded,
            };
            for (var c = 0; c < i % 3; c++)
            {
                @case.Complaints.Add(Complaint(i, c, Channels[random.Next(Channels.Length)], opened));
            }

            cases.Add(@case);
        }

        // Every tenth case was linked into another: its complaints moved along or not, it is not an incident of its own.
        for (var i = 5; i < cases.Count; i += 10)
        {
            cases[i].MergedIntoCaseId = cases[i - 1].Id;
        }

        return cases;
    }

    static Complaint Complaint(int @case, int index, string channel, DateTime received) => new()
    {
        Id = Guid.NewGuid(),
        ReceiptCode = $"R-{@case}-{index}",
        Channel = channel,
        ChannelMessageId = $"m-{@case}-{index}",
        ReceivedAtUtc = received,
        Text = "-",
        CanonicalText = "-",
        ContentHash = $"h-{@case}-{index}",
        ReporterAnonymous = true,
        LinkReason = "new",
    };
}
