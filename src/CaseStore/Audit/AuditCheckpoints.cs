using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.CaseStore.Audit;

/// <summary>
/// Takes a signed checkpoint of the chain's head and appends it to the checkpoint file (each publication and
/// <c>hub audit checkpoint</c> do), so entries removed afterwards are missed by <c>hub audit verify</c>.
/// </summary>
public sealed class AuditCheckpoints(HubDbContext db, AuditChainKey key, IOptions<AuditOptions> options, TimeProvider clock)
{
    public string FilePath => options.Value.CheckpointFile;

    public async Task<AuditCheckpoint> TakeAsync(CancellationToken cancellationToken)
    {
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
        var checkpoint = AuditCheckpoint.Sign(key, head?.Sequence ?? 0, head?.Hash ?? AuditLog.Genesis, clock.GetUtcNow().UtcDateTime);
        Append(checkpoint);
        return checkpoint;
    }

    /// <summary>The last checkpoint this installation wrote, or null before the first.</summary>
    public AuditCheckpoint? Last() => AuditCheckpoint.ReadLast(FilePath);

    void Append(AuditCheckpoint checkpoint)
    {
        var path = Path.GetFullPath(FilePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Append-only, one line each: an older checkpoint is never rewritten, only followed by newer ones.
        using var stream = OwnerOnlyFile.Open(path, FileMode.Append);
        using var writer = new StreamWriter(stream);
        writer.WriteLine(checkpoint.ToJsonLine());
    }
}
