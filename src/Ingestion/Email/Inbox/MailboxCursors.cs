using Hub.CaseStore.Channels.Email;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Ingestion.Email.Inbox;

/// <summary>Tracks each mailbox's UIDVALIDITY and highest UID seen, and notices when the server renumbered it.</summary>
public sealed class MailboxCursors(HubDbContext db, TimeProvider clock)
{
    /// <returns>True when UIDVALIDITY changed: every UID recorded before means nothing now.</returns>
    public async Task<bool> AdvanceAsync(string mailbox, long uidValidity, long highestUid, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cursor = await db.MailboxCursors.SingleOrDefaultAsync(c => c.Mailbox == mailbox, cancellationToken);
        var rescan = false;
        if (cursor is null)
        {
            cursor = new MailboxCursor { Mailbox = mailbox, UidValidity = uidValidity };
            db.MailboxCursors.Add(cursor);
        }
        else if (cursor.UidValidity != uidValidity)
        {
            rescan = true;
            cursor.UidValidity = uidValidity;
            cursor.HighestUid = 0;
            cursor.Rescans++;
        }

        cursor.HighestUid = Math.Max(cursor.HighestUid, highestUid);
        cursor.UpdatedAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return rescan;
    }
}
