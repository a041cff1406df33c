using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Persistence.Inbox;

/// <summary>
/// Makes a consumer idempotent: the first delivery of a message id records it alongside its effect;
/// any redelivery finds the record and does nothing. A racing duplicate fails on the primary key and
/// is retried by the bus, then finds the record.
/// </summary>
public sealed class Inbox(HubDbContext db, TimeProvider clock)
{
    public async Task<bool> TryBeginAsync(string consumer, Guid messageId, CancellationToken cancellationToken)
    {
        if (await db.InboxMessages.AnyAsync(m => m.Consumer == consumer && m.MessageId == messageId, cancellationToken))
        {
            return false;
        }

        db.InboxMessages.Add(new InboxMessage { Consumer = consumer, MessageId = messageId, ProcessedAtUtc = clock.GetUtcNow().UtcDateTime });
        return true;
    }
}
