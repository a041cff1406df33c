using Hub.CaseStore.Channels;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Ingestion.Traffy.Feeds;

/// <summary>The Traffy feeds' positions and quota count in <c>channel_cursors</c>, so a restart resumes where it stopped.</summary>
public sealed class TraffyCursors(IDbContextFactory<HubDbContext> databases, TimeProvider clock)
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return (await db.ChannelCursors.AsNoTracking().SingleOrDefaultAsync(c => c.Key == key, cancellationToken))?.Value;
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var cursor = await db.ChannelCursors.SingleOrDefaultAsync(c => c.Key == key, cancellationToken);
        if (cursor is null)
        {
            db.ChannelCursors.Add(new ChannelCursor { Key = key, Value = value, UpdatedAtUtc = clock.GetUtcNow().UtcDateTime });
        }
        else
        {
            cursor.Value = value;
            cursor.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
