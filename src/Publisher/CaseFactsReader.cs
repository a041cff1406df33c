using System.Data.Common;
using Hub.CaseStore.Persistence;
using Hub.Publisher.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Hub.Publisher;

/// <summary>
/// Reads every case's facts with two flat queries — (case, channel) of every complaint, then the cases — joined in
/// memory. A per-case list of channels in one EF query becomes a correlated subquery per case, and EF's query
/// compilation and materialization cost more than the reading itself, so this reads through the context's own
/// connection with a plain data reader. The case id only joins the two reads; it never reaches <see cref="CaseFacts"/>.
/// </summary>
static class CaseFactsReader
{
    public static async Task<List<CaseFacts>> ReadAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            var channels = await ChannelsAsync(connection, cancellationToken);
            var facts = new List<CaseFacts>(channels.Count);
            // Categories and units repeat on every row; one shared string per value keeps a million facts small.
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            // A case linked into another is not an incident of its own; an unassigned case counts for the unit it is about.
            await using var command = Command(connection, """
                SELECT "Id", "OpenedAtUtc", "ConcludedAtUtc", "Category", COALESCE("UnitCode", "AccusedUnitCode")
                FROM cases WHERE "MergedIntoCaseId" IS NULL
                """);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                facts.Add(new CaseFacts(
                    Utc(reader, 1),
                    reader.IsDBNull(2) ? null : Utc(reader, 2),
                    Shared(values, reader.GetString(3)),
                    reader.IsDBNull(4) ? null : Shared(values, reader.GetString(4)),
                    channels.GetValueOrDefault(reader.GetGuid(0)) ?? []));
            }

            return facts;
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    static async Task<Dictionary<Guid, List<string>>> ChannelsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var channels = new Dictionary<Guid, List<string>>();
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = Command(connection, """SELECT "CaseId", "Channel" FROM complaints""");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var code = Shared(codes, reader.GetString(1));
            var caseId = reader.GetGuid(0);
            if (channels.TryGetValue(caseId, out var list))
            {
                list.Add(code);
            }
            else
            {
                channels.Add(caseId, [code]);
            }
        }

        return channels;
    }

    static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    /// <summary>Hub stores UTC everywhere; this is what HubDbContext's converter does on read (SQLite keeps no kind).</summary>
    static DateTime Utc(DbDataReader reader, int ordinal) => DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc);

    static string Shared(Dictionary<string, string> pool, string value) =>
        pool.TryGetValue(value, out var shared) ? shared : pool[value] = value;
}
