using System.Globalization;
using System.Text;
using Hub.Publisher.Statistics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Hub.Publisher;

/// <summary>
/// Tallies of an SQLite database, counted here. SQLite runs in this process, so reading a row costs no transfer, while
/// its GROUP BY sorts every row (it has no hash aggregation) and its date functions parse text: grouping a million
/// cases in SQL took seconds per query. One plain scan instead hands each row's bytes straight to a
/// <see cref="TallyCounter"/>, through SQLite's own statement API to skip the per-value conversions of a data reader.
/// </summary>
static class SqliteTallies
{
    public static CaseTallies Read(SqliteConnection connection, DateTimeOffset now)
    {
        var counter = new TallyCounter(now);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        // A case linked into another is not an incident of its own; an unassigned case counts for the unit it is about.
        // One row per complaint, the rows of a case together (the join loops over cases); rowid tells when a case begins.
        var current = -1L;
        var opened = default(DateTime);
        Scan(connection, """
            SELECT c.rowid, c."OpenedAtUtc", c."ConcludedAtUtc", c."Category", COALESCE(c."UnitCode", c."AccusedUnitCode"), p."Channel"
            FROM cases c LEFT JOIN complaints p ON p."CaseId" = c."Id"
            WHERE c."MergedIntoCaseId" IS NULL
            """, row =>
            {
                var rowid = raw.sqlite3_column_int64(row, 0);
                if (rowid != current)
                {
                    current = rowid;
                    opened = Timestamp(row, 1);
                    counter.AddCase(opened, IsNull(row, 2) ? null : Timestamp(row, 2), Shared(strings, row, 3), IsNull(row, 4) ? null : Shared(strings, row, 4));
                }

                if (!IsNull(row, 5))
                {
                    counter.AddReport(opened, Shared(strings, row, 5));
                }
            });
        return counter.ToTallies();
    }

    static void Scan(SqliteConnection connection, string sql, Action<sqlite3_stmt> row)
    {
        var db = connection.Handle!;
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        using (statement)
        {
            int result;
            while ((result = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                row(statement);
            }

            Check(db, result == raw.SQLITE_DONE ? raw.SQLITE_OK : result);
        }
    }

    static bool IsNull(sqlite3_stmt row, int column) => raw.sqlite3_column_type(row, column) == raw.SQLITE_NULL;

    static void Check(sqlite3 db, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result);
        }
    }

    /// <summary>EF's text form of a UTC DateTime, parsed without a string; anything else the way a data reader would.</summary>
    static DateTime Timestamp(sqlite3_stmt row, int column)
    {
        var text = raw.sqlite3_column_blob(row, column);
        return EfTimestamp.TryParse(text, out var value)
            ? value
            : DateTime.SpecifyKind(DateTime.Parse(Encoding.UTF8.GetString(text), CultureInfo.InvariantCulture), DateTimeKind.Utc);
    }

    /// <summary>Categories, units and channels repeat on every row; each distinct value becomes one string.</summary>
    static string Shared(Dictionary<string, string> strings, sqlite3_stmt row, int column)
    {
        var bytes = raw.sqlite3_column_blob(row, column);
        Span<char> buffer = stackalloc char[256];
        var chars = bytes.Length <= 256 ? buffer[..Encoding.UTF8.GetChars(bytes, buffer)] : Encoding.UTF8.GetString(bytes).AsSpan();
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(chars, out var shared))
        {
            shared = chars.ToString();
            strings.Add(shared, shared);
        }

        return shared;
    }
}
