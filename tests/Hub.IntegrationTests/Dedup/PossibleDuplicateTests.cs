using System.Security.Claims;
using Hub.CaseStore;
using Hub.CaseStore.Accounts;
using Hub.CaseStore.Audit;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Dedup;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Staff;
using Hub.CaseStore.Staff.Duplicates;
using Hub.Contracts.Complaints;
using Hub.IntegrationTests.Infrastructure;
using Hub.Normalizer.Dedup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Dedup;

/// <summary>
/// The two duplicate thresholds on every provider that runs here: a candidate between them is suggested (not linked),
/// staff accept it (the cases are linked, the evidence kept) or reject it (remembered as a split).
/// </summary>
public sealed class PossibleDuplicateTests
{
    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_candidate_between_the_thresholds_is_suggested_and_accepting_links_the_cases_with_the_evidence_kept(DatabaseProvider provider)
    {
        await using var database = await CreateAsync(provider);
        var (first, filed) = await FileNearMissAsync(database);
        var second = filed.Complaint.ComplaintId;
        var firstCase = await CaseOf(database, first);
        var secondCase = await CaseOf(database, second);

        Assert.NotEqual(firstCase, secondCase);
        Assert.Null(await database.WithDbAsync(db => db.Complaints.Where(c => c.Id == second).Select(c => c.LinkScore).SingleAsync()));
        var suggestion = await database.WithDbAsync(db => db.PossibleDuplicates.SingleAsync());
        Assert.Equal((second, first, firstCase), (suggestion.ComplaintId, suggestion.SuggestedComplaintId, suggestion.SuggestedCaseId));
        Assert.InRange(suggestion.Score, SuggestAt, LinkAt);
        Assert.Contains("same amount: 300", suggestion.Evidence, StringComparison.Ordinal);
        Assert.Equal(PossibleDuplicateState.Pending, suggestion.State);

        // both cases show it to the centre; a unit officer sees no suggestion at all
        Assert.Single(await ViewsAsync(database, Centre, firstCase));
        Assert.Equal(firstCase, Assert.Single(await ViewsAsync(database, Centre, secondCase)).OtherCaseId);
        Assert.Empty(await ViewsAsync(database, UnitOfficer, secondCase));
        Assert.Null(await ReviewAsync(database, r => r.AcceptAsync(UnitOfficer, firstCase, suggestion.Id, "x", CancellationToken.None)));

        Assert.NotEmpty((await ReviewAsync(database, r => r.AcceptAsync(Centre, firstCase, suggestion.Id, " ", CancellationToken.None)))!);
        Assert.Empty((await ReviewAsync(database, r => r.AcceptAsync(Centre, firstCase, suggestion.Id, "เหตุการณ์เดียวกัน", CancellationToken.None)))!);

        Assert.Equal(firstCase, await CaseOf(database, second));
        Assert.Equal(firstCase, await database.WithDbAsync(db => db.Cases.Where(c => c.Id == secondCase).Select(c => c.MergedIntoCaseId).SingleAsync()));
        var decided = await database.WithDbAsync(db => db.PossibleDuplicates.SingleAsync());
        Assert.Equal((PossibleDuplicateState.Accepted, "centre-1", "เหตุการณ์เดียวกัน"), (decided.State, decided.DecidedBy, decided.Reason));
        var accepted = await database.WithDbAsync(db => db.CaseEvents.SingleAsync(e => e.CaseId == firstCase && e.Kind == PossibleDuplicateReview.AcceptedKind));
        Assert.Contains("same amount: 300", accepted.Detail, StringComparison.Ordinal);
        Assert.Contains("reason: เหตุการณ์เดียวกัน", accepted.Detail, StringComparison.Ordinal);
        var actions = await database.WithDbAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync());
        Assert.Contains("case.link", actions);
        Assert.Contains("case.duplicate-accept", actions);
        Assert.NotEmpty((await ReviewAsync(database, r => r.RejectAsync(Centre, firstCase, suggestion.Id, "เปลี่ยนใจ", CancellationToken.None)))!);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Rejecting_remembers_the_pair_as_a_split_so_it_is_never_suggested_or_linked_again(DatabaseProvider provider)
    {
        await using var database = await CreateAsync(provider);
        var (first, filed) = await FileNearMissAsync(database);
        var second = filed.Complaint.ComplaintId;
        var firstCase = await CaseOf(database, first);
        var secondCase = await CaseOf(database, second);
        var suggestion = await database.WithDbAsync(db => db.PossibleDuplicates.SingleAsync());

        Assert.NotEmpty((await ReviewAsync(database, r => r.RejectAsync(Centre, secondCase, suggestion.Id, "", CancellationToken.None)))!);
        Assert.Empty((await ReviewAsync(database, r => r.RejectAsync(Centre, secondCase, suggestion.Id, "คนละตลาด", CancellationToken.None)))!);

        var (a, b) = SplitPair.Ordered(first, second);
        Assert.True(await database.WithDbAsync(db => db.SplitPairs.AnyAsync(s => s.ComplaintA == a && s.ComplaintB == b)));
        Assert.Equal(PossibleDuplicateState.Rejected, await database.WithDbAsync(db => db.PossibleDuplicates.Select(p => p.State).SingleAsync()));
        Assert.Equal(2, await database.WithDbAsync(db => db.CaseEvents.CountAsync(e => e.Kind == PossibleDuplicateReview.RejectedKind)));
        Assert.Contains("case.duplicate-reject", await database.WithDbAsync(db => db.AuditEntries.Select(x => x.Action).ToListAsync()));

        // the linker, asked again about the same complaint, neither links it to nor suggests the rejected case
        await using (var scope = database.Services.CreateAsyncScope())
        {
            var fingerprint = NormalizedFingerprint.Of(filed)!;
            var findings = await scope.ServiceProvider.GetRequiredService<NearDuplicateLinker>()
                .FindAsync(fingerprint, DuplicateLinker.LookupKeys(fingerprint).ToList(), CancellationToken.None);
            Assert.NotEqual(firstCase, findings.Link?.CaseId);
            Assert.DoesNotContain(findings.Suggestions, s => s.CaseId == firstCase);
        }

        // and a staff link of the two cases is refused like a split pair's
        var number = await database.WithDbAsync(db => db.Cases.Where(c => c.Id == secondCase).Select(c => c.Number).SingleAsync());
        await using (var scope = database.Services.CreateAsyncScope())
        {
            var errors = await Linking(scope.ServiceProvider).LinkAsync(Centre, firstCase, number, "รวม", CancellationToken.None);
            Assert.Contains(errors!, e => e.Contains("split apart", StringComparison.Ordinal));
        }

        Assert.Empty(await ViewsAsync(database, Centre, firstCase).ContinueWith(t => t.Result.Where(v => v.Suggestion.State == PossibleDuplicateState.Pending).ToList()));
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Signals_and_the_screening_flag_are_kept_per_complaint(DatabaseProvider provider)
    {
        await using var database = await CreateAsync(provider);
        var normalized = Retellings.Normalized(Retellings.Market[0], "line", Retellings.At) with { NeedsScreening = true };
        var id = await Retellings.FileAsync(database.Services, normalized);

        var stored = await database.WithDbAsync(db => db.Complaints.SingleAsync(c => c.Id == id));
        Assert.True(stored.NeedsScreening);
        Assert.Equal(string.Join('\n', normalized.ClassificationSignals), stored.ClassificationSignals);
        Assert.Contains("คะแนนเรื่องทุจริต / integrity score", stored.ClassificationSignals, StringComparison.Ordinal);
    }

    const double LinkAt = 0.9;
    const double SuggestAt = 0.02;

    static readonly ClaimsPrincipal Centre = Principal("centre-1", StaffRoles.Center);
    static readonly ClaimsPrincipal UnitOfficer = Principal("officer-1", StaffRoles.UnitOfficer, new Claim(StaffClaims.Unit, "D1017"));

    /// <summary>Thresholds spread apart so the near miss below (same amount and threat, no market named) falls between them.</summary>
    static Task<ProviderDatabase> CreateAsync(DatabaseProvider provider) => ProviderDatabase.CreateAsync(provider, services =>
    {
        services.AddCaseStore();
        services.Configure<CaseIntakeOptions>(o => (o.LinkThreshold, o.SuggestThreshold) = (LinkAt, SuggestAt));
        services.AddSingleton(new AuditChainKey(new byte[32])).AddScoped<AuditLog>();
        services.AddScoped<CaseLinking>();
        services.AddScoped<PossibleDuplicateReview>();
    });

    /// <summary>Files the market story, then the near miss a day later; returns the first complaint's id and the near miss as filed.</summary>
    static async Task<(Guid First, ComplaintNormalized Second)> FileNearMissAsync(ProviderDatabase database)
    {
        var first = await Retellings.FileAsync(database.Services, Retellings.Normalized(Retellings.Market[0], "line", Retellings.At, "pseudonym-one"));
        var normalized = Retellings.Normalized(NearMiss, "traffy", Retellings.At.AddDays(1), "pseudonym-two");
        await Retellings.FileAsync(database.Services, normalized);
        return (first, normalized);
    }

    const string NearMiss = "เทศกิจเรียกเงินแม่ค้าแผงละ 300 บาท ไม่จ่ายยึดของ";

    static async Task<IReadOnlyList<PossibleDuplicateView>> ViewsAsync(ProviderDatabase database, ClaimsPrincipal user, Guid caseId) =>
        await database.WithDbAsync(db => PossibleDuplicateQueries.ForCaseAsync(db, user, caseId, CancellationToken.None));

    static async Task<T> ReviewAsync<T>(ProviderDatabase database, Func<PossibleDuplicateReview, Task<T>> act)
    {
        await using var scope = database.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<PossibleDuplicateReview>());
    }

    static CaseLinking Linking(IServiceProvider services) => services.GetRequiredService<CaseLinking>();

    static Task<Guid> CaseOf(ProviderDatabase database, Guid complaint) =>
        database.WithDbAsync(db => db.Complaints.Where(c => c.Id == complaint).Select(c => c.CaseId).SingleAsync());

    static ClaimsPrincipal Principal(string name, string role, params Claim[] extra) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role), .. extra], "test"));
}
