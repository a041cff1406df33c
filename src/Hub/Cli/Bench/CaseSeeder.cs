using System.Data.Common;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Hub.Cli.Bench;

/// <summary>
/// Bulk-loads synthetic cases, one complaint each, spread over the last three years: binary COPY on PostgreSQL,
/// prepared multi-row INSERTs in one transaction on SQLite with the secondary indexes built afterwards. Row-by-row through EF would dominate the run.
/// </summary>
public static class CaseSeeder
{
    static readonly string[] Categories = ["bribery", "extortion", "abuse-of-power", "negligence", "misuse-of-property"];
    static readonly string[] Channels = ["webform", "hotline", "email", "line", "traffy", "officer"];

    sealed record Row(Guid CaseId, string Number, int FiscalYear, int Sequence, CaseStatus Status, string Category, string Unit, DateTime Opened, DateTime? Concluded, string Channel);

    static IEnumerable<Row> Rows(int count)
    {
        var random = new Random(42);
        var start = DateTime.UtcNow.AddYears(-3);
        for (var i = 0; i < count; i++)
        {
            var opened = start.AddMinutes(random.Next(0, 3 * 365 * 24 * 60));
            var concluded = random.Next(3) == 0 ? opened.AddDays(random.Next(1, 120)) : (DateTime?)null;
            yield return new Row(SequentialId(i, 1), $"S-{i}", 2567 + (i % 3), i, concluded is null ? CaseStatus.Investigation : CaseStatus.Concluded,
                Categories[random.Next(Categories.Length)], $"U{random.Next(50):00}", opened, concluded, Channels[random.Next(Channels.Length)]);
        }
    }

    /// <summary>
    /// Ids that ascend with <paramref name="i"/> (also as EF's upper-case text on SQLite), so primary-key inserts
    /// append to the index instead of landing on random pages. <paramref name="kind"/> keeps cases and complaints apart.
    /// </summary>
    static Guid SequentialId(int i, short kind) => new(i, kind, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 0);

    public static async Task SeedAsync(HubDbContext db, int count)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        if (connection is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, count);
        }
        else
        {
            await InsertAsync(connection, count);
        }
    }

    static async Task CopyAsync(NpgsqlConnection connection, int count)
    {
        var rows = Rows(count).ToList();
        await using (var cases = await connection.BeginBinaryImportAsync(
            """COPY cases ("Id","Number","FiscalYear","Sequence","Status","Category","UnitCode","OpenedAtUtc","ConcludedAtUtc") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var r in rows)
            {
                await cases.StartRowAsync();
                await cases.WriteAsync(r.CaseId, NpgsqlDbType.Uuid);
                await cases.WriteAsync(r.Number, NpgsqlDbType.Text);
                await cases.WriteAsync(r.FiscalYear, NpgsqlDbType.Integer);
                await cases.WriteAsync(r.Sequence, NpgsqlDbType.Integer);
                await cases.WriteAsync(r.Status.ToString(), NpgsqlDbType.Text);
                await cases.WriteAsync(r.Category, NpgsqlDbType.Text);
                await cases.WriteAsync(r.Unit, NpgsqlDbType.Text);
                await cases.WriteAsync(r.Opened, NpgsqlDbType.TimestampTz);
                await cases.WriteAsync(r.Concluded, NpgsqlDbType.TimestampTz);
            }

            await cases.CompleteAsync();
        }

        await using (var complaints = await connection.BeginBinaryImportAsync(
            """COPY complaints ("Id","CaseId","ReceiptCode","Channel","ChannelMessageId","ReceivedAtUtc","Text","CanonicalText","ContentHash","ReporterAnonymous","LinkReason") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var r in rows)
            {
                await complaints.StartRowAsync();
                await complaints.WriteAsync(SequentialId(r.Sequence, 2), NpgsqlDbType.Uuid);
                await complaints.WriteAsync(r.CaseId, NpgsqlDbType.Uuid);
                await complaints.WriteAsync(r.Number, NpgsqlDbType.Text);
                await complaints.WriteAsync(r.Channel, NpgsqlDbType.Text);
                await complaints.WriteAsync(r.Number, NpgsqlDbType.Text);
                await complaints.WriteAsync(r.Opened, NpgsqlDbType.TimestampTz);
                await complaints.WriteAsync("-", NpgsqlDbType.Text);
                await complaints.WriteAsync("-", NpgsqlDbType.Text);
                await complaints.WriteAsync(r.Number, NpgsqlDbType.Text);
                await complaints.WriteAsync(true, NpgsqlDbType.Boolean);
                await complaints.WriteAsync("new", NpgsqlDbType.Text);
            }

            await complaints.CompleteAsync();
        }

        // A running database has statistics from autovacuum; right after a bulk load the planner would guess blindly.
        await using var analyze = new NpgsqlCommand("ANALYZE cases, complaints", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Rows per INSERT. Microsoft.Data.Sqlite looks every parameter up by name on each execution, and SQLite's lookup is
    /// a linear scan, so binding costs grow with the square of the parameters: 500-row statements spent most of the
    /// run there. 32 rows keep the round trips few and the lookups short.
    /// </summary>
    const int Batch = 32;

    static async Task InsertAsync(DbConnection connection, int count)
    {
        // The scratch database is thrown away after the run, so durability buys nothing; a large page cache keeps
        // the random-Guid primary-key and unique indexes in memory instead of re-reading pages from disk.
        await Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-1048576; PRAGMA temp_store=MEMORY;");
        await using var transaction = await connection.BeginTransactionAsync();
        // Secondary indexes are built once from sorted data afterwards instead of row by row; the scratch database is
        // this run's alone, and each index is recreated from its own stored definition, so the schema ends up the same.
        var indexes = await SecondaryIndexesAsync(connection, transaction);
        foreach (var (name, _) in indexes)
        {
            await Execute(connection, $"""DROP INDEX "{name}";""", transaction);
        }

        var full = Inserts(connection, transaction, Batch);
        var rows = new List<Row>(Batch);
        foreach (var row in Rows(count))
        {
            rows.Add(row);
            if (rows.Count == Batch)
            {
                await full.RunAsync(rows);
                rows.Clear();
            }
        }

        if (rows.Count > 0)
        {
            await Inserts(connection, transaction, rows.Count).RunAsync(rows);
        }

        foreach (var (_, create) in indexes)
        {
            await Execute(connection, create, transaction);
        }

        await transaction.CommitAsync();
    }

    static async Task<List<(string Name, string Create)>> SecondaryIndexesAsync(DbConnection connection, DbTransaction transaction)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Indexes SQLite made itself (primary keys) have no SQL and cannot be dropped.
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('cases', 'complaints') AND sql IS NOT NULL";
        var indexes = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
    }

    static async Task Execute(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    static SqliteInserts Inserts(DbConnection connection, DbTransaction transaction, int rows) => new(
        Command(connection, transaction, """INSERT INTO cases ("Id","Number","FiscalYear","Sequence","Status","Category","UnitCode","OpenedAtUtc","ConcludedAtUtc") VALUES """, rows, 9,
            p => $"({p[0]},{p[1]},{p[2]},{p[3]},{p[4]},{p[5]},{p[6]},{p[7]},{p[8]})"),
        Command(connection, transaction, """INSERT INTO complaints ("Id","CaseId","ReceiptCode","Channel","ChannelMessageId","ReceivedAtUtc","Text","CanonicalText","ContentHash","ReporterAnonymous","LinkReason") VALUES """, rows, 5,
            p => $"({p[0]},{p[1]},{p[2]},{p[3]},{p[2]},{p[4]},'-','-',{p[2]},1,'new')"));

    /// <summary>The two prepared multi-row INSERTs for one batch size; parameters are rebound, never rebuilt.</summary>
    sealed record SqliteInserts(DbCommand Cases, DbCommand Complaints)
    {
        public async Task RunAsync(List<Row> rows)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var r = rows[i];
                // EF's SQLite mapping stores Guids as upper-case text.
                var id = r.CaseId.ToString().ToUpperInvariant();
                Set(Cases, i * 9, id, r.Number, r.FiscalYear, r.Sequence, r.Status.ToString(), r.Category, r.Unit, r.Opened, r.Concluded);
                Set(Complaints, i * 5, SequentialId(r.Sequence, 2).ToString().ToUpperInvariant(), id, r.Number, r.Channel, r.Opened);
            }

            await Cases.ExecuteNonQueryAsync();
            await Complaints.ExecuteNonQueryAsync();
        }
    }

    static DbCommand Command(DbConnection connection, DbTransaction transaction, string insert, int rows, int columns, Func<string[], string> tuple)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var tuples = new List<string>(rows);
        for (var row = 0; row < rows; row++)
        {
            var names = new string[columns];
            for (var column = 0; column < columns; column++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = names[column] = $"$p{row * columns + column}";
                command.Parameters.Add(parameter);
            }

            tuples.Add(tuple(names));
        }

        command.CommandText = insert + string.Join(",", tuples);
        command.Prepare();
        return command;
    }

    static void Set(DbCommand command, int offset, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[offset + i].Value = values[i] ?? DBNull.Value;
        }
    }
}
