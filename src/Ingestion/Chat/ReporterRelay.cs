using System.Security.Cryptography;
using System.Text;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Identity;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Ingestion.Chat;

/// <summary>
/// The blind relay: staff write to "the reporter of case N"; Hub opens each chat reporter's sealed address for the purpose
/// "relay" (logged), and queues the message durably. Staff get a count, never an address.
/// </summary>
public sealed class ReporterRelay(HubDbContext db, IdentityVault vault, ChatOutbox outbox, TimeProvider clock,
    [FromKeyedServices(ChatOutboundSender.SignalKey)] OutboxSignal signal)
{
    public const string Purpose = "relay";

    /// <returns>Null when there is no such case; otherwise how many chats the message was queued for.</returns>
    public async Task<int?> QueueAsync(string caseNumber, string text, string actor, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var target = await db.Cases.AsNoTracking().Where(c => c.Number == caseNumber).Select(c => new { c.Id, c.Number }).SingleOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return null;
        }

        var routes = await (
            from complaint in db.Complaints
            where complaint.CaseId == target.Id
            join receipt in db.Receipts on complaint.Id equals receipt.ComplaintId
            join route in db.ChatReplyRoutes on new { receipt.Channel, receipt.ChannelMessageId } equals new { route.Channel, route.ChannelMessageId }
            orderby complaint.ReceivedAtUtc
            select new { ComplaintId = complaint.Id, route.Channel, route.IdentityId }).ToListAsync(cancellationToken);

        var queued = new HashSet<string>(StringComparer.Ordinal);
        var repeated = 0;
        var message = ChatReplies.StaffMessage(target.Number, text);
        foreach (var route in routes)
        {
            // A retried request (same Idempotency-Key) finds its rows and opens nothing again.
            var id = idempotencyKey is null ? (Guid?)null : KeyedId(idempotencyKey, route.IdentityId);
            if (id is { } known && await db.ChatOutboundMessages.AnyAsync(m => m.Id == known, cancellationToken))
            {
                repeated++;
                continue;
            }

            var contact = await vault.OpenAsync(route.IdentityId, route.ComplaintId, Purpose, actor, cancellationToken);
            var address = route.Channel == ChatChannels.Line ? contact?.LineUserId : contact?.TelegramChatId;
            // A reporter who added follow-ups has several complaints on the case but one chat: one message.
            if (address is null || !queued.Add(route.Channel + ":" + address))
            {
                continue;
            }

            outbox.Add(route.Channel, address, message, Purpose, id);
        }

        if (queued.Count > 0)
        {
            db.CaseEvents.Add(new CaseEvent { CaseId = target.Id, AtUtc = clock.GetUtcNow().UtcDateTime, Kind = "reporter-message", Actor = actor, Detail = text });
            await db.SaveChangesAsync(cancellationToken);
            signal.Wake();
        }

        return queued.Count + repeated;
    }

    /// <summary>The same staff request retried (same Idempotency-Key) maps to the same outbound rows, so it is queued once.</summary>
    static Guid KeyedId(string key, Guid identityId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("relay:" + key + ":" + identityId.ToString("N")))[..16]);
}
