using System.Security.Claims;
using Hub.CaseStore.Accounts;
using Hub.CaseStore.Audit;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Identity;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Staff;

/// <summary>What staff type about an accused official; the identifiers go straight into the vault.</summary>
public sealed record AccusedInput(string? Name, string? Position, string? Email, string? Phone, string? NationalId);

/// <summary>
/// Records the officials a case accuses, sealed in the identity vault, and flags possible retaliation: an accused
/// person who reported another case. The flag names neither the reporter nor the other case (ข้อ 47).
/// </summary>
public sealed class AccusedPersons(HubDbContext db, IdentityVault vault, ContactPseudonyms pseudonyms, AuditLog audit, TimeProvider clock)
{
    public const string RecordedKind = "accused-recorded";

    public static bool MayRecord(ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.Center) || user.IsInRole(StaffRoles.Discipline) || user.IsInRole(StaffRoles.UnitOfficer);

    /// <summary>Adds the person or returns why not; <c>null</c> when the case is outside the user's scope or role.</summary>
    public async Task<IReadOnlyList<string>?> AddAsync(ClaimsPrincipal user, Guid caseId, AccusedInput input, CancellationToken cancellationToken)
    {
        var @case = MayRecord(user) ? await db.Cases.Visible(user).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken) : null;
        if (@case is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(input.Name) || string.IsNullOrWhiteSpace(input.Position))
        {
            return ["ต้องระบุชื่อและตำแหน่งของผู้ถูกร้องเรียน / The accused person's name and position are required."];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var position = input.Position.Trim();
        var accused = new AccusedPerson
        {
            Id = Guid.NewGuid(),
            CaseId = @case.Id,
            IdentityId = vault.SealAccused(new ReporterContact(Name: input.Name.Trim(), Email: Blank(input.Email), Phone: Blank(input.Phone), NationalId: Blank(input.NationalId))),
            Position = position.Length <= 200 ? position : position[..200],
            EmailPseudonym = pseudonyms.OfEmail(input.Email),
            PhonePseudonym = pseudonyms.OfPhone(input.Phone),
            AddedAtUtc = now,
        };
        db.AccusedPersons.Add(accused);
        var actor = CaseWork.Actor(user);
        db.CaseEvents.Add(new CaseEvent { CaseId = @case.Id, AtUtc = now, Kind = RecordedKind, Actor = actor, Detail = accused.Position });
        await audit.AppendAsync(actor, "case.accused-recorded", @case.Id, null, cancellationToken);
        await FlagRetaliationAsync(@case, accused, actor, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Whichever of the two cases came later is the one that may be a reprisal, so that one carries the flag.</summary>
    async Task FlagRetaliationAsync(Case accusing, AccusedPerson accused, string actor, CancellationToken cancellationToken)
    {
        var keys = new[] { accused.EmailPseudonym, accused.PhonePseudonym }.OfType<string>().ToList();
        if (keys.Count == 0)
        {
            return;
        }

        var reportedIds = await db.Complaints
            .Where(c => c.CaseId != accusing.Id && c.ReporterPseudonym != null && keys.Contains(c.ReporterPseudonym))
            .Select(c => c.CaseId).Distinct().ToListAsync(cancellationToken);
        var reported = await db.Cases.Where(c => reportedIds.Contains(c.Id)).ToListAsync(cancellationToken);
        foreach (var newer in reported.Select(other => other.OpenedAtUtc > accusing.OpenedAtUtc ? other : accusing).Distinct())
        {
            if (newer.PossibleRetaliation)
            {
                continue;
            }

            newer.PossibleRetaliation = true;
            await audit.AppendAsync(actor, "case.possible-retaliation", newer.Id, null, cancellationToken);
        }
    }

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
