using System.Text.Encodings.Web;
using System.Text.Json;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Cli;

/// <summary><c>hub cases export --format jsonl</c>: one case a line, in case-number order, without personal data.</summary>
public static class CaseExport
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static async Task WriteJsonLinesAsync(HubDbContext db, TextWriter output, CancellationToken cancellationToken)
    {
        var cases = db.Cases.AsNoTracking()
            .OrderBy(c => c.FiscalYear).ThenBy(c => c.Sequence)
            .Select(c => new
            {
                c.Number,
                Status = c.Status.ToString(),
                c.Category,
                Unit = c.UnitCode,
                c.OpenedAtUtc,
                ComplaintIds = c.Complaints.OrderBy(k => k.ReceivedAtUtc).Select(k => k.Id).ToList(),
            })
            .AsAsyncEnumerable();
        await foreach (var row in cases.WithCancellation(cancellationToken))
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(row, Json));
        }
    }
}
