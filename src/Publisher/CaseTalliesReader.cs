using Hub.CaseStore.Persistence;
using Hub.Publisher.Statistics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hub.Publisher;

/// <summary>
/// Counts the cases in the database as of <c>now</c> through the context's own connection, never per-case entities:
/// database servers group in SQL (<see cref="GroupedTallies"/>), SQLite is scanned in process (<see cref="SqliteTallies"/>).
/// Both give exactly what <see cref="CaseTallies.Of"/> gives for the same cases.
/// </summary>
public static class CaseTalliesReader
{
    public static async Task<CaseTallies> ReadAsync(HubDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var close = connection.State != System.Data.ConnectionState.Open;
        if (close)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            return connection is SqliteConnection sqlite
                ? SqliteTallies.Read(sqlite, now)
                : await GroupedTallies.ReadAsync(connection, TallyDialect.For(db), now, cancellationToken);
        }
        finally
        {
            if (close)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
