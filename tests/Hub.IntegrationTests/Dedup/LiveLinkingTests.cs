using Hub.CaseStore;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Persistence;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Dedup;

/// <summary>The case store's live near-duplicate linking over the database, on every provider that runs here.</summary>
public class LiveLinkingTests
{
    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Retellings_from_other_channels_join_one_case_with_score_and_evidence_and_a_look_alike_stays_apart(DatabaseProvider provider)
    {
        await using var database = await ProviderDatabase.CreateAsync(provider, services => services.AddCaseStore());
        var first = await Retellings.FileAsync(database.Services, Retellings.Normalized(Retellings.Market[0], "line", Retellings.At));
        var second = await Retellings.FileAsync(database.Services, Retellings.Normalized(Retellings.Market[1], "traffy", Retellings.At.AddHours(15)));
        var lookAlike = await Retellings.FileAsync(database.Services, Retellings.Normalized(Retellings.OtherMarket, "line", Retellings.At.AddHours(16)));

        var complaints = await database.WithDbAsync(db => db.Complaints.ToDictionaryAsync(c => c.Id));
        Assert.Equal(complaints[first].CaseId, complaints[second].CaseId);
        Assert.NotEqual(complaints[first].CaseId, complaints[lookAlike].CaseId);
        var link = complaints[second];
        Assert.Equal(CaseIntake.NearDuplicateReason, link.LinkReason);
        Assert.Equal(first, link.LinkedComplaintId);
        Assert.True(link.LinkScore >= Hub.Normalizer.Dedup.DuplicateScorer.Shipped.LinkThreshold, $"score {link.LinkScore}");
        Assert.Contains("same place: ตลาดห้วยขวาง", link.LinkEvidence, StringComparison.Ordinal);
        Assert.Null(complaints[lookAlike].LinkScore);
        Assert.Equal(2, await database.WithDbAsync(db => db.Cases.CountAsync()));
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Retellings_filed_at_the_same_moment_by_competing_writers_open_one_case(DatabaseProvider provider)
    {
        await using var database = await ProviderDatabase.CreateAsync(provider, services => services.AddCaseStore());
        var messages = Enumerable.Range(0, 8)
            .Select(i => Retellings.Normalized(Retellings.Market[i % Retellings.Market.Length], i % 2 == 0 ? "line" : "webform", Retellings.At.AddMinutes(i)))
            .ToList();

        await Task.WhenAll(messages.Select(m => Task.Run(() => Retellings.FileAsync(database.Services, m))));

        Assert.Equal(8, await database.WithDbAsync(db => db.Complaints.CountAsync()));
        var dump = await database.WithDbAsync(db => db.Complaints.OrderBy(c => c.Id).Select(c => c.CaseId + " " + c.LinkReason + " " + c.LinkScore + " " + c.Channel + " " + c.Text.Substring(0, 20)).ToListAsync());
        Assert.True(1 == await database.WithDbAsync(db => db.Cases.CountAsync()), string.Join("\n", dump));
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Turning_near_duplicate_linking_off_opens_a_case_per_retelling(DatabaseProvider provider)
    {
        await using var database = await ProviderDatabase.CreateAsync(provider, services =>
        {
            services.AddCaseStore();
            services.Configure<CaseIntakeOptions>(o => o.NearDuplicateLinking = false);
        });
        await Retellings.FileAsync(database.Services, Retellings.Normalized(Retellings.Market[0], "line", Retellings.At));
        await Retellings.FileAsync(database.Services, Retellings.Normalized(Retellings.Market[1], "traffy", Retellings.At.AddHours(1)));

        Assert.Equal(2, await database.WithDbAsync(db => db.Cases.CountAsync()));
        Assert.Equal(0, await database.WithDbAsync(db => db.Fingerprints.CountAsync()));
    }
}
