using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Dedup;

/// <summary>Counts one more document for each term, atomically, in ordinal order so concurrent writers never deadlock.</summary>
static class TermCounter
{
    const int Batch = 500; // SQL Server takes at most 2,100 parameters

    public static async Task CountAsync(HubDbContext db, IReadOnlyList<string> sortedTerms, CancellationToken cancellationToken)
    {
        foreach (var chunk in sortedTerms.Chunk(Batch))
        {
            var rows = string.Join(", ", chunk.Select((_, i) => $"({{{i}}})"));
            var sql = db.Database.IsSqlServer()
                ? $"""MERGE dedup_terms WITH (HOLDLOCK) AS t USING (VALUES {rows}) AS s(Term) ON t.Term = s.Term WHEN MATCHED THEN UPDATE SET Documents = t.Documents + 1 WHEN NOT MATCHED THEN INSERT (Term, Documents) VALUES (s.Term, 1);"""
                : $"""INSERT INTO dedup_terms ("Term", "Documents") VALUES {string.Join(", ", chunk.Select((_, i) => $"({{{i}}}, 1)"))} ON CONFLICT ("Term") DO UPDATE SET "Documents" = dedup_terms."Documents" + 1""";
            await db.Database.ExecuteSqlRawAsync(sql, chunk.Cast<object>(), cancellationToken);
        }
    }
}
