using Hub.Ingestion.Accepting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Hotline;

/// <summary>
/// The drop-folder door. Writers should write <c>name.tmp</c> and rename it; for writers that cannot, a file is read
/// only once its size and write time are unchanged between two scans. Each file ends in <c>processed/</c> or, with a
/// <c>.reason.txt</c> beside it and a row in intake_issues, in <c>failed/</c>. The call id makes a second delivery of
/// the same call harmless.
/// </summary>
public sealed class HotlineDropFolder(IServiceScopeFactory scopes, IOptions<HotlineOptions> options, TimeProvider clock, ILogger<HotlineDropFolder> logger) : IDisposable
{
    readonly Dictionary<string, (long Size, DateTime WrittenUtc)> seen = [];
    readonly SemaphoreSlim oneScanAtATime = new(1, 1);

    public void Dispose() => oneScanAtATime.Dispose();

    /// <returns>How many files were finished (moved to processed/ or failed/).</returns>
    public async Task<int> ScanOnceAsync(CancellationToken cancellationToken)
    {
        var folder = options.Value.DropDirectory ?? throw new InvalidOperationException("Hub:Hotline:DropDirectory is not set.");
        await oneScanAtATime.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(folder);
            var finished = 0;
            var present = new HashSet<string>();
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                if (file.Name.StartsWith('.') || file.Name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                present.Add(file.FullName);
                var now = (file.Length, file.LastWriteTimeUtc);
                if (!seen.TryGetValue(file.FullName, out var before) || before != now)
                {
                    seen[file.FullName] = now;
                    continue;
                }

                if (await ProcessAsync(file, cancellationToken))
                {
                    seen.Remove(file.FullName);
                    finished++;
                }
            }

            foreach (var gone in seen.Keys.Where(k => !present.Contains(k)).ToList())
            {
                seen.Remove(gone);
            }

            return finished;
        }
        finally
        {
            oneScanAtATime.Release();
        }
    }

    async Task<bool> ProcessAsync(FileInfo file, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<HotlineIntake>();
        var issues = scope.ServiceProvider.GetRequiredService<IntakeIssues>();
        var problems = new List<string>();
        try
        {
            foreach (var record in HotlineTranscriptReader.Read(await File.ReadAllBytesAsync(file.FullName, cancellationToken)))
            {
                if (record.Transcript is null)
                {
                    problems.AddRange(record.Errors.Select(e => $"{record.Location}: {e}"));
                    continue;
                }

                var accepted = await intake.AcceptAsync(record.Transcript, cancellationToken);
                if (accepted.AlreadyAccepted)
                {
                    await issues.RecordAsync(HotlineIntake.Channel, file.Name, record.Location,
                        $"สายนี้รับไว้แล้ว / Duplicate: call {record.Transcript.CallId} was already received; the first receipt stands.", cancellationToken);
                }
            }
        }
        catch (InvalidDataException ex)
        {
            problems.Add(ex.Message);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Hub could not store it (database down): the file stays where it is and is tried again next scan.
            logger.LogError("Hotline file {File} not taken, will retry: {ErrorType}", file.Name, ex.GetType().FullName);
            return false;
        }

        foreach (var problem in problems)
        {
            await issues.RecordAsync(HotlineIntake.Channel, file.Name, problem.Split(':')[0], problem, cancellationToken);
        }

        var target = Path.Combine(file.DirectoryName!, problems.Count == 0 ? "processed" : "failed");
        Directory.CreateDirectory(target);
        var destination = Path.Combine(target, file.Name);
        if (File.Exists(destination))
        {
            destination = Path.Combine(target, $"{Path.GetFileNameWithoutExtension(file.Name)}.{clock.GetUtcNow():yyyyMMddHHmmssfff}{file.Extension}");
        }

        file.MoveTo(destination);
        if (problems.Count > 0)
        {
            await File.WriteAllLinesAsync(destination + ".reason.txt", [
                "ไฟล์นี้มีข้อมูลที่รับไม่ได้ รายการที่ถูกต้องรับไว้แล้ว แก้ไขแล้ววางไฟล์ใหม่ได้ (รายการที่รับแล้วจะไม่ซ้ำ)",
                "Parts of this file could not be taken; valid calls were accepted. Fix it and drop it again (accepted calls are not duplicated).",
                "", .. problems,
            ], cancellationToken);
        }

        return true;
    }
}
