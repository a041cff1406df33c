using Hub.Ingestion.Accepting;

namespace Hub.Ingestion.Traffy;

/// <summary>
/// Takes a batch of ticket records from any door into <see cref="TraffyIngest"/>, recording each unreadable record
/// or field for operators and carrying on with the rest.
/// </summary>
public sealed class TraffyImporter(TraffyIngest ingest, IntakeIssues issues)
{
    public async Task<TraffyImportSummary> ImportFileAsync(string path, TimeSpan offsetWhenMissing, CancellationToken cancellationToken)
    {
        var summary = new TraffyImportSummary();
        IReadOnlyList<TraffyFileRow> rows;
        try
        {
            rows = TraffyFileReader.Read(await File.ReadAllBytesAsync(path, cancellationToken), offsetWhenMissing);
        }
        catch (InvalidDataException ex)
        {
            await RecordAsync(summary, Path.GetFileName(path), null, ex.Message, cancellationToken);
            return summary;
        }

        await ImportAsync(rows, "file", Path.GetFileName(path), summary, cancellationToken);
        return summary;
    }

    const int BatchSize = 200;

    public async Task ImportAsync(IEnumerable<TraffyFileRow> rows, string source, string origin, TraffyImportSummary summary, CancellationToken cancellationToken)
    {
        var batch = new List<(TraffyTicketRecord Ticket, TraffyOutcome Outcome)>();
        foreach (var row in rows)
        {
            if (row.Ticket is null)
            {
                await RecordAsync(summary, origin, $"record {row.Number}", row.Error ?? "unreadable", cancellationToken);
                continue;
            }

            foreach (var problem in row.Ticket.FieldProblems)
            {
                await RecordAsync(summary, origin, $"record {row.Number} ({row.Ticket.TicketId}): {problem.Split(':')[0]}", problem, cancellationToken);
            }

            batch.Add((row.Ticket, await ingest.StageAsync(row.Ticket, source, cancellationToken)));
            if (batch.Count == BatchSize)
            {
                await CommitAsync(batch, source, summary, cancellationToken);
            }
        }

        await CommitAsync(batch, source, summary, cancellationToken);
    }

    async Task CommitAsync(List<(TraffyTicketRecord Ticket, TraffyOutcome Outcome)> batch, string source, TraffyImportSummary summary, CancellationToken cancellationToken)
    {
        try
        {
            await ingest.SaveAsync(cancellationToken);
            batch.ForEach(b => summary.Count(b.Outcome));
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // Another door stored one of these tickets meanwhile: replay the batch one ticket at a time.
            ingest.Discard();
            foreach (var (ticket, _) in batch)
            {
                summary.Count(await ingest.ApplyAsync(ticket, source, cancellationToken));
            }
        }

        batch.Clear();
    }

    async Task RecordAsync(TraffyImportSummary summary, string origin, string? location, string reason, CancellationToken cancellationToken)
    {
        summary.Errors.Add(location is null ? reason : $"{location}: {reason}");
        await issues.RecordAsync(TraffyChannel.Name, origin, location, reason, cancellationToken);
    }
}
