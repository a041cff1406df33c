using Hub.CaseStore.Chat;
using Hub.CaseStore.Identity;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Ingestion.Chat;

/// <summary>One raw channel event and its redelivery key.</summary>
public sealed record RawChatEvent(string ExternalId, string Payload, bool Redelivery = false)
{
    public override string ToString() => $"RawChatEvent {{ {ExternalId} }}";
}

/// <summary>
/// "Durable, then acknowledge" for chat channels: raw events are sealed and committed before the webhook answers 200 or
/// the Telegram offset moves on. A redelivered event id is recognised and stored only once.
/// </summary>
public sealed class ChatInbox(HubDbContext db, SealedBlobs blobs, TimeProvider clock, [FromKeyedServices(ChatInbox.SignalKey)] OutboxSignal signal)
{
    public const string SignalKey = "chat-inbound";

    /// <returns>How many events were new.</returns>
    public async Task<int> StoreAsync(string channel, IReadOnlyList<RawChatEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return 0;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var added = await AddNewAsync(channel, events, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                signal.Wake();
                return added;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // A concurrent delivery of the same event won the unique index; look again and keep only what is still new.
                db.ChangeTracker.Clear();
            }
        }
    }

    async Task<int> AddNewAsync(string channel, IReadOnlyList<RawChatEvent> events, CancellationToken cancellationToken)
    {
        var ids = events.Select(e => e.ExternalId).ToList();
        var known = await db.ChatInboundEvents.Where(e => e.Channel == channel && ids.Contains(e.ExternalId)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var group in events.GroupBy(e => e.ExternalId, StringComparer.Ordinal))
        {
            if (known.FirstOrDefault(k => k.ExternalId == group.Key) is { } earlier)
            {
                earlier.WasRedelivered = true;
                continue;
            }

            var first = group.First();
            db.ChatInboundEvents.Add(new ChatInboundEvent
            {
                Channel = channel,
                ExternalId = first.ExternalId,
                SealedPayload = blobs.SealText(first.Payload),
                ReceivedAtUtc = now,
                WasRedelivered = first.Redelivery,
                NextAttemptAtUtc = now,
            });
            added++;
        }

        return added;
    }
}
