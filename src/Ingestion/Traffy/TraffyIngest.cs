using Hub.CaseStore.Channels;
using Hub.CaseStore.Persistence;
using Hub.Ingestion.Accepting;
using Microsoft.EntityFrameworkCore;

namespace Hub.Ingestion.Traffy;

/// <summary>
/// The one idempotent model of Traffy tickets behind every Traffy door: keyed by ticket_id, a later state or activity
/// updates the same row, and only a ticket alleging misconduct becomes a complaint, once. Hub never writes to Traffy.
/// </summary>
public sealed class TraffyIngest(HubDbContext db, ComplaintAcceptor acceptor, TimeProvider clock)
{
    /// <summary>Takes one ticket and commits it.</summary>
    public async Task<TraffyOutcome> ApplyAsync(TraffyTicketRecord ticket, string source, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await StageAsync(ticket, source, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return outcome;
        }
        catch (DbUpdateException)
        {
            // A webhook and a poll took the same new ticket at once: the loser reads the winner's row.
            db.ChangeTracker.Clear();
            var outcome = await StageAsync(ticket, source, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return outcome;
        }
    }

    /// <summary>
    /// Takes one ticket into the unit of work without committing general tickets, so bulk imports commit in batches
    /// (<see cref="SaveAsync"/>). A misconduct ticket's complaint commits at once, with whatever is staged before it.
    /// </summary>
    public async Task<TraffyOutcome> StageAsync(TraffyTicketRecord ticket, string source, CancellationToken cancellationToken) =>
        ticket.Redacted ? TraffyOutcome.Redacted : await ApplyOnceAsync(ticket, source, cancellationToken);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    /// <summary>Forgets a failed batch so it can be replayed ticket by ticket.</summary>
    public void Discard() => db.ChangeTracker.Clear();

    async Task<TraffyOutcome> ApplyOnceAsync(TraffyTicketRecord ticket, string source, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Find, not a query: a ticket staged earlier in the same batch is not in the database yet.
        var known = await db.TraffyTickets.FindAsync([ticket.TicketId], cancellationToken);
        if (known is not null)
        {
            return Update(known, ticket, source, now);
        }

        var misconduct = TraffyScreen.AllegesMisconduct(ticket);
        Guid? complaintId = null;
        if (misconduct)
        {
            // The complaint commits first: if Hub stops before the ticket row below, the retry finds no row, asks the
            // acceptor again and gets the same complaint back, because the acceptor is idempotent by ticket_id.
            var accepted = await acceptor.AcceptAsync(new ComplaintSubmission
            {
                Channel = TraffyChannel.Name,
                ChannelMessageId = ticket.TicketId,
                Subject = "Traffy Fondue " + ticket.TicketId,
                Text = ticket.Text,
                Anonymous = true,
                Location = TraffyScreen.LocationOf(ticket),
                References = TraffyScreen.ReferencesOf(ticket),
                ReceivedAt = ticket.CreatedAtUtc is { } created ? new DateTimeOffset(created, TimeSpan.Zero) : null,
            }, cancellationToken);
            complaintId = accepted.ComplaintId;
        }

        db.TraffyTickets.Add(new TraffyTicket
        {
            TicketId = ticket.TicketId,
            State = ticket.State,
            CreatedAtUtc = ticket.CreatedAtUtc,
            LastActivityUtc = ticket.LastActivityUtc,
            Source = source,
            RawJson = ticket.RawJson,
            IsMisconduct = misconduct,
            ComplaintId = complaintId,
            FirstSeenAtUtc = now,
            UpdatedAtUtc = now,
        });
        return misconduct ? TraffyOutcome.NewComplaint : TraffyOutcome.NewGeneral;
    }

    static TraffyOutcome Update(TraffyTicket known, TraffyTicketRecord ticket, string source, DateTime now)
    {
        // Feeds lag each other: an older copy of a ticket must not roll its state back.
        var older = ticket.LastActivityUtc is { } incoming && known.LastActivityUtc is { } stored && incoming < stored;
        var moved = ticket.LastActivityUtc != known.LastActivityUtc || (ticket.State.Length > 0 && ticket.State != known.State);
        if (older || !moved)
        {
            return TraffyOutcome.Unchanged;
        }

        known.State = ticket.State.Length > 0 ? ticket.State : known.State;
        known.LastActivityUtc = ticket.LastActivityUtc ?? known.LastActivityUtc;
        known.CreatedAtUtc ??= ticket.CreatedAtUtc;
        known.Source = source;
        known.RawJson = ticket.RawJson;
        known.UpdatedAtUtc = now;
        return TraffyOutcome.Updated;
    }

    /// <summary>A status-update webhook: only the state is known. Unknown tickets wait for the next poll to bring them whole.</summary>
    /// <remarks>Last activity is left for the poll to set from Traffy's own clock, so both paths end in the same row.</remarks>
    public async Task<bool> UpdateStateAsync(string ticketId, string state, CancellationToken cancellationToken)
    {
        var known = await db.TraffyTickets.SingleOrDefaultAsync(t => t.TicketId == ticketId, cancellationToken);
        if (known is null)
        {
            return false;
        }

        if (known.State != state)
        {
            known.State = state;
            known.Source = "webhook";
            known.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}
