using Hub.CaseStore.Operations;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Ingestion.Channels.Adapters;

/// <summary>
/// Pausing and resuming through the database, so the console, the <c>hub adapters</c> verb and every Hub process agree,
/// and a pause outlives a restart. Running hosts pick changes up within <see cref="AdapterPauseSync.Interval"/>.
/// </summary>
public sealed class AdapterPauses(HubDbContext db, TimeProvider clock, ChannelAdapterRegistry? registry = null)
{
    public async Task<IReadOnlyList<AdapterPause>> ListAsync(CancellationToken cancellationToken) =>
        await db.AdapterPauses.AsNoTracking().OrderBy(p => p.Adapter).ToListAsync(cancellationToken);

    public async Task PauseAsync(string adapter, string by, CancellationToken cancellationToken)
    {
        if (!await db.AdapterPauses.AnyAsync(p => p.Adapter == adapter, cancellationToken))
        {
            db.AdapterPauses.Add(new AdapterPause { Adapter = adapter, PausedBy = by, PausedAtUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
        }

        await RefreshAsync(cancellationToken);
    }

    public async Task ResumeAsync(string adapter, CancellationToken cancellationToken)
    {
        await db.AdapterPauses.Where(p => p.Adapter == adapter).ExecuteDeleteAsync(cancellationToken);
        await RefreshAsync(cancellationToken);
    }

    /// <summary>Brings this process's gate in line with the database at once, rather than at the next sync.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (registry is not null)
        {
            var paused = await db.AdapterPauses.AsNoTracking().Select(p => p.Adapter).ToListAsync(cancellationToken);
            registry.ApplyPauses(paused.ToHashSet(StringComparer.Ordinal));
        }
    }
}
