using Hub.CaseStore.Chat;
using Hub.CaseStore.Identity;
using Hub.CaseStore.Persistence;
using Hub.Contracts.Complaints;
using Hub.Ingestion.Accepting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Ingestion.Chat;

/// <summary>
/// Files confirmed drafts through <see cref="ComplaintAcceptor"/>, then sends the receipt. Two steps, each idempotent:
/// the submission id is the draft id, so after a crash between them the acceptor hands back the same receipt.
/// </summary>
public sealed class DraftSubmitter(IServiceScopeFactory scopes, SealedBlobs blobs)
{
    public async Task SubmitConfirmedAsync(CancellationToken cancellationToken)
    {
        List<Guid> confirmed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            confirmed = await scope.ServiceProvider.GetRequiredService<HubDbContext>().ChatConversations
                .Where(c => c.State == ConversationState.Confirmed).Select(c => c.Id).ToListAsync(cancellationToken);
        }

        foreach (var id in confirmed)
        {
            await SubmitAsync(id, cancellationToken);
        }
    }

    async Task SubmitAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<HubDbContext>();
        var conversation = await db.ChatConversations.AsNoTracking().SingleAsync(c => c.Id == conversationId, cancellationToken);
        var submissionId = "chat:" + conversation.DraftId.ToString("N");
        var address = blobs.OpenText(conversation.SealedAddress);
        var contact = conversation.Channel == ChatChannels.Line ? new ReporterContact(LineUserId: address) : new ReporterContact(TelegramChatId: address);

        // The reply route commits with the receipt (the acceptor saves the unit of work it shares with us), so a staff
        // message can always reach this chat; for an anonymous reporter it is the only link, and no case sees it.
        if (!await db.ChatReplyRoutes.AnyAsync(r => r.Channel == conversation.Channel && r.ChannelMessageId == submissionId, cancellationToken)
            && !await db.Receipts.AnyAsync(r => r.Channel == conversation.Channel && r.ChannelMessageId == submissionId, cancellationToken))
        {
            var identityId = services.GetRequiredService<IdentityVault>().SealReplyAddress(contact);
            db.ChatReplyRoutes.Add(new ChatReplyRoute { Channel = conversation.Channel, ChannelMessageId = submissionId, IdentityId = identityId });
        }

        var accepted = await services.GetRequiredService<ComplaintAcceptor>().AcceptAsync(new ComplaintSubmission
        {
            Channel = conversation.Channel,
            ChannelMessageId = submissionId,
            Text = conversation.Text.Length > 0 ? conversation.Text : "(ส่งเฉพาะไฟล์แนบหรือตำแหน่ง / attachments or location only)",
            Anonymous = conversation.Anonymous,
            Contact = conversation.Anonymous ? null : contact,
            Attachments = Conversation.Attachments(conversation),
            Location = conversation.Latitude is null && conversation.PlaceName is null
                ? null
                : new ComplaintLocation(conversation.PlaceName, conversation.Latitude, conversation.Longitude),
            RelatesTo = conversation.FollowsReceipt,
            ReceivedAt = conversation.DraftStartedAtUtc is { } started ? new DateTimeOffset(started, TimeSpan.Zero) : null,
        }, cancellationToken);

        db.ChangeTracker.Clear();
        var tracked = await db.ChatConversations.SingleAsync(c => c.Id == conversationId, cancellationToken);
        if (tracked.State != ConversationState.Confirmed || tracked.DraftId != conversation.DraftId)
        {
            return;
        }

        services.GetRequiredService<ChatOutbox>().Reply(tracked, ChatReplies.Receipt(accepted.ReceiptCode, tracked.FollowsReceipt), "receipt");
        // Later messages add to the first report of the thread, whatever follow-up receipts it has collected since.
        tracked.LastReceipt = tracked.FollowsReceipt ?? accepted.ReceiptCode;
        Conversation.ResetDraft(tracked);
        await db.SaveChangesAsync(cancellationToken);
    }
}
