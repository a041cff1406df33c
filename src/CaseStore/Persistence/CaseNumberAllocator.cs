using Hub.CaseStore.Cases;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Persistence;

/// <summary>
/// Hands out the next case sequence of a fiscal year inside the caller's transaction. The counter row is
/// incremented in place, so concurrent writers queue on its row lock and a rolled-back case gives its
/// number back: numbers stay gap-free and unique.
/// </summary>
public sealed class CaseNumberAllocator(HubDbContext db)
{
    public async Task<int> NextAsync(FiscalYear year, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Case numbers are allocated inside the transaction that stores the case.");
        }

        var fy = year.BuddhistYear;
        if (db.Database.IsSqlServer())
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"IF NOT EXISTS (SELECT 1 FROM case_number_counters WITH (UPDLOCK, HOLDLOCK) WHERE FiscalYear = {fy}) INSERT INTO case_number_counters (FiscalYear, LastSequence) VALUES ({fy}, 0)",
                cancellationToken);
            return (await db.Database.SqlQuery<int>(
                    $"UPDATE case_number_counters SET LastSequence = LastSequence + 1 OUTPUT inserted.LastSequence AS Value WHERE FiscalYear = {fy}")
                .ToListAsync(cancellationToken)).Single();
        }

        // PostgreSQL and SQLite share this syntax.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO case_number_counters ("FiscalYear", "LastSequence") VALUES ({fy}, 0) ON CONFLICT ("FiscalYear") DO NOTHING""",
            cancellationToken);
        return (await db.Database.SqlQuery<int>(
                $"""UPDATE case_number_counters SET "LastSequence" = "LastSequence" + 1 WHERE "FiscalYear" = {fy} RETURNING "LastSequence" AS "Value" """)
            .ToListAsync(cancellationToken)).Single();
    }
}
