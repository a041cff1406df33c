using System.Data.Common;
using System.Globalization;
using Hub.Publisher.Statistics;

namespace Hub.Publisher;

/// <summary>
/// Tallies counted by a database server: four grouped queries in one transaction (on PostgreSQL one snapshot, so they
/// agree with each other) that return a few thousand rows however many cases there are. The medians need every duration, so the server
/// ranks them and returns only the middle one or two per fiscal year.
/// </summary>
static class GroupedTallies
{
    public static async Task<CaseTallies> ReadAsync(DbConnection connection, TallyDialect dialect, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(dialect.Isolation, cancellationToken);
        if (dialect.Session is { } session)
        {
            await QueryAsync(transaction, dialect, now, session, _ => 0, cancellationToken);
        }

        var opened = dialect.Month("\"OpenedAtUtc\"");
        var tallies = new CaseTallies(
            await QueryAsync(transaction, dialect, now, $"""
                SELECT "Opened", "Concluded", COUNT(*) FROM (
                    SELECT {opened} AS "Opened", {dialect.Month("\"ConcludedAtUtc\"")} AS "Concluded"
                    FROM cases WHERE "MergedIntoCaseId" IS NULL) t
                GROUP BY "Opened", "Concluded"
                """, r => new MonthTally(Month(r, 0), r.IsDBNull(1) ? null : Month(r, 1), Int(r, 2)), cancellationToken),
            await QueryAsync(transaction, dialect, now, $"""
                SELECT "Opened", "Category", "Unit", COUNT(*) FROM (
                    SELECT {opened} AS "Opened", "Category", COALESCE("UnitCode", "AccusedUnitCode") AS "Unit"
                    FROM cases WHERE "MergedIntoCaseId" IS NULL AND "OpenedAtUtc" < @now) t
                GROUP BY "Opened", "Category", "Unit"
                """, r => new ReceivedTally(Month(r, 0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), Int(r, 3)), cancellationToken),
            await QueryAsync(transaction, dialect, now, $"""
                SELECT "Opened", "Channel", COUNT(*) FROM (
                    SELECT {dialect.Month("c.\"OpenedAtUtc\"")} AS "Opened", p."Channel"
                    FROM complaints p JOIN cases c ON c."Id" = p."CaseId"
                    WHERE c."MergedIntoCaseId" IS NULL AND c."OpenedAtUtc" < @now) t
                GROUP BY "Opened", "Channel"
                """, r => new ChannelTally(Month(r, 0), r.GetString(1), Int(r, 2)), cancellationToken),
            Medians(await QueryAsync(transaction, dialect, now, $"""
                SELECT "Year", "Ticks" FROM (
                    SELECT "Year", "Ticks", ROW_NUMBER() OVER (PARTITION BY "Year" ORDER BY "Ticks") AS "Rank",
                        COUNT(*) OVER (PARTITION BY "Year") AS "Count"
                    FROM (
                        SELECT {dialect.FiscalEndYear("\"ConcludedAtUtc\"")} AS "Year",
                            {dialect.Ticks("\"ConcludedAtUtc\"")} - {dialect.Ticks("\"OpenedAtUtc\"")} AS "Ticks"
                        FROM cases WHERE "MergedIntoCaseId" IS NULL AND "ConcludedAtUtc" < @now) d) r
                WHERE "Rank" IN (("Count" + 1) / 2, "Count" / 2 + 1)
                ORDER BY "Year", "Rank"
                """, r => (Year: Int(r, 0), Ticks: Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture)), cancellationToken)));
        await transaction.CommitAsync(cancellationToken);
        return tallies;
    }

    /// <summary>One or two rows per year, lower first: an odd count has a single middle.</summary>
    static List<MedianDuration> Medians(List<(int Year, long Ticks)> middles) =>
        middles.GroupBy(m => m.Year).Select(g => new MedianDuration(g.Key, g.First().Ticks, g.Last().Ticks)).ToList();

    static async Task<List<T>> QueryAsync<T>(DbTransaction transaction, TallyDialect dialect, DateTimeOffset now, string sql, Func<DbDataReader, T> row,
        CancellationToken cancellationToken)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (sql.Contains("@now", StringComparison.Ordinal))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@now";
            dialect.BindInstant(parameter, now.UtcDateTime);
            command.Parameters.Add(parameter);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    static int Month(DbDataReader reader, int ordinal)
    {
        var first = reader.GetDateTime(ordinal);
        return BangkokMonth.Of(first.Year, first.Month);
    }

    /// <summary>Engines differ in the integer width of counts and computed columns; the values all fit an int.</summary>
    static int Int(DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
