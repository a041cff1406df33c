using System.Data.Common;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Hub.Cli.Bench;

/// <summary>
/// Bulk-loads synthetic cases, one complaint each, spread over the last three years: binary COPY on PostgreSQL,
/// one prepared INSERT in one transaction on SQLite. Row-by-row through EF would dominate the run.
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
            yield return new Row(Guid.NewGuid(), $"S-{i}", 2567 + (i % 3), i, concluded is null ? CaseStatus.Investigation : CaseStatus.Concluded,
                Categories[random.Next(Categories.Length)], $"U{random.Next(50):00}", opened, concluded, Channels[random.Next(Channels.Length)]);
        }
    }

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

        await using var complaints = await connection.BeginBinaryImportAsync(
            """COPY complaints ("Id","CaseId","ReceiptCode","Channel","ChannelMessageId","ReceivedAtUtc","Text","CanonicalText","ContentHash","ReporterAnonymous","LinkReason") FROM STDIN (FORMAT BINARY)""");
        foreach (var r in rows)
        {
            await complaints.StartRowAsync();
            await complaints.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
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

    static async Task InsertAsync(DbConnection connection, int count)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using var cases = Command(connection, transaction,
            """INSERT INTO cases ("Id","Number","FiscalYear","Sequence","Status","Category","UnitCode","OpenedAtUtc","ConcludedAtUtc") VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)""", 9);
        await using var complaints = Command(connection, transaction,
            """INSERT INTO complaints ("Id","CaseId","ReceiptCode","Channel","ChannelMessageId","ReceivedAtUtc","Text","CanonicalText","ContentHash","ReporterAnonymous","LinkReason") VALUES ($1,$2,$3,$4,$3,$5,'-','-',$3,1,'new')""", 5);
        foreach (var r in Rows(count))
        {
            // EF's SQLite mapping stores Guids as upper-case text.
            var id = r.CaseId.ToString().ToUpperInvariant();
            Set(cases, id, r.Number, r.FiscalYear, r.Sequence, r.Status.ToString(), r.Category, r.Unit, r.Opened, r.Concluded);
            await cases.ExecuteNonQueryAsync();
            Set(complaints, Guid.NewGuid().ToString().ToUpperInvariant(), id, r.Number, r.Channel, r.Opened);
            await complaints.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"${i}";
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
