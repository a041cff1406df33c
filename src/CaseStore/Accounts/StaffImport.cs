using Hub.CaseStore.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Accounts;

/// <summary>One row of units.csv.</summary>
public sealed record StaffRow(int Line, string Unit, string Name, string Position, string Email, string Phone, string Role);

/// <summary>A new account and the one-time password to print in its sealed letter.</summary>
public sealed record ProvisionedAccount(StaffRow Row, string InitialPassword);

public sealed record ImportResult(IReadOnlyList<ProvisionedAccount> Created, IReadOnlyList<string> Errors);

/// <summary>
/// Provisions staff accounts from units.csv (unit,name,position,email,phone,role). The whole file is checked
/// first and nothing is created if any row is wrong, so a corrected file can simply be imported again.
/// </summary>
public sealed class StaffImport(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, HubDbContext db)
{
    public async Task<ImportResult> ImportAsync(TextReader csv, CancellationToken cancellationToken)
    {
        var (rows, errors) = StaffCsv.Parse(csv);
        errors.AddRange(await CheckAsync(rows, cancellationToken));
        if (errors.Count > 0)
        {
            return new ImportResult([], errors);
        }

        await EnsureRolesAsync();
        var created = new List<ProvisionedAccount>();
        foreach (var row in rows)
        {
            var password = InitialPassword.New();
            var user = new StaffUser
            {
                UserName = row.Email,
                Email = row.Email,
                PhoneNumber = row.Phone,
                DisplayName = row.Name,
                Position = row.Position,
                UnitCode = StaffRoles.IsUnitScoped(row.Role) ? row.Unit : null,
                MustChangePassword = true,
            };
            var result = await users.CreateAsync(user, password);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, row.Role);
            }

            if (!result.Succeeded)
            {
                errors.Add($"line {row.Line}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
                continue;
            }

            created.Add(new ProvisionedAccount(row, password));
        }

        return new ImportResult(created, errors);
    }

    async Task<List<string>> CheckAsync(IReadOnlyList<StaffRow> rows, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var existingEmails = (await db.Users.Select(u => u.NormalizedEmail).ToListAsync(cancellationToken)).ToHashSet();
        var officerRole = await db.Roles.Where(r => r.Name == StaffRoles.UnitOfficer).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var officersByUnit = await (
                from u in db.Users
                join ur in db.UserRoles on u.Id equals ur.UserId
                where ur.RoleId == officerRole && u.UnitCode != null
                select u.UnitCode)
            .ToListAsync(cancellationToken);
        var officerCount = officersByUnit.GroupBy(u => u!).ToDictionary(g => g.Key, g => g.Count());
        foreach (var row in rows)
        {
            if (existingEmails.Contains(users.NormalizeEmail(row.Email)))
            {
                errors.Add($"line {row.Line}: an account with this email already exists / มีบัญชีอีเมลนี้แล้ว");
                continue;
            }

            existingEmails.Add(users.NormalizeEmail(row.Email));
            if (row.Role == StaffRoles.UnitOfficer)
            {
                var count = officerCount.GetValueOrDefault(row.Unit) + 1;
                officerCount[row.Unit] = count;
                if (count > StaffRoles.MaxOfficersPerUnit)
                {
                    errors.Add($"line {row.Line}: unit {row.Unit} already has {StaffRoles.MaxOfficersPerUnit} reporting officers / หน่วยงานนี้มีเจ้าหน้าที่รายงานครบ {StaffRoles.MaxOfficersPerUnit} คนแล้ว");
                }
            }
        }

        return errors;
    }

    async Task EnsureRolesAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
