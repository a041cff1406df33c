using Hub.Contracts;
using Hub.Operations;
using Npgsql;

namespace Hub.IntegrationTests.Chaos;

/// <summary>
/// Where every accepted receipt ended: in exactly one case, in an error queue, or nowhere (lost); and how many
/// receipts or cases exist twice (duplicated). Read from the database and the error queues, never from the services.
/// </summary>
sealed record Reconciliation(int Receipts, int InCase, int InErrorQueue, int Lost, int Duplicated, int PendingOutbox)
{
    public static async Task<Reconciliation> TakeAsync(string connectionString, ErrorQueueRedrive errors, IReadOnlyCollection<string> givenToReporters)
    {
        var faulted = new HashSet<Guid>();
        foreach (var queue in new[] { Queues.Normalizer, Queues.CaseStoreIntake })
        {
            foreach (var message in await errors.ListAsync(queue, CancellationToken.None))
            {
                faulted.Add(Guid.Parse(message.MessageId!));
            }
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var receipts = new Dictionary<string, (Guid ComplaintId, int Complaints)>();
        await using (var command = new NpgsqlCommand("""
            SELECT r."Code", r."ComplaintId", count(c."Id") FROM receipts r LEFT JOIN complaints c ON c."Id" = r."ComplaintId"
            GROUP BY r."Code", r."ComplaintId"
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                receipts[reader.GetString(0)] = (reader.GetGuid(1), (int)reader.GetInt64(2));
            }
        }

        // A case without a complaint, or a complaint filed under a case that does not exist, is a duplicate or torn write.
        var strayCases = await ScalarAsync(connection, """SELECT count(*) FROM cases k WHERE NOT EXISTS (SELECT 1 FROM complaints c WHERE c."CaseId" = k."Id")""");
        var pending = await ScalarAsync(connection, """SELECT count(*) FROM outbox_messages WHERE "DispatchedAtUtc" IS NULL""");
        var missingReceipts = givenToReporters.Count(code => !receipts.ContainsKey(code));
        var unknownReceipts = receipts.Keys.Except(givenToReporters).Count();
        var inCase = receipts.Values.Count(r => r.Complaints == 1);
        var inErrorQueue = receipts.Values.Count(r => r.Complaints == 0 && faulted.Contains(r.ComplaintId));
        var lost = missingReceipts + receipts.Values.Count(r => r.Complaints == 0 && !faulted.Contains(r.ComplaintId));
        var duplicated = unknownReceipts + strayCases + receipts.Values.Count(r => r.Complaints > 1);
        return new Reconciliation(receipts.Count, inCase, inErrorQueue, lost, duplicated, pending);
    }

    static async Task<int> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public override string ToString() =>
        $"receipts {Receipts}: in exactly one case {InCase}, in an error queue {InErrorQueue}, lost {Lost}, duplicated {Duplicated}, outbox pending {PendingOutbox}";
}
