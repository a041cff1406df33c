using Hub.CaseStore.Accounts;
using Hub.CaseStore.Audit;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Channels.Email;
using Hub.CaseStore.Chat;
using Hub.CaseStore.Channels;
using Hub.CaseStore.Dedup;
using Hub.CaseStore.Identity;
using Hub.CaseStore.Persistence.Inbox;
using Hub.CaseStore.Persistence.Outbox;
using Hub.CaseStore.Persistence.PublishRuns;
using Hub.CaseStore.Receipts;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hub.CaseStore.Persistence;

/// <summary>
/// Hub's one database. Every service writes only its own tables: ingestion the receipts and its outbox rows,
/// the case store the cases, staff accounts and the audit chain. Migrations live in one assembly per provider (Hub.CaseStore.Migrations.*).
/// </summary>
public sealed class HubDbContext(DbContextOptions<HubDbContext> options) : IdentityDbContext<StaffUser>(options)
{
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<ComplaintAttachment> ComplaintAttachments => Set<ComplaintAttachment>();
    public DbSet<AccusedPerson> AccusedPersons => Set<AccusedPerson>();
    public DbSet<CaseNumberCounter> CaseNumberCounters => Set<CaseNumberCounter>();
    public DbSet<Receipt> Receipts => Set<Receipt>();
    public DbSet<ReporterIdentity> ReporterIdentities => Set<ReporterIdentity>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();
    public DbSet<IdentityAccess> IdentityAccesses => Set<IdentityAccess>();
    public DbSet<EmailMessageRecord> EmailMessages => Set<EmailMessageRecord>();
    public DbSet<MailboxCursor> MailboxCursors => Set<MailboxCursor>();
    public DbSet<EmailAcknowledgement> EmailAcknowledgements => Set<EmailAcknowledgement>();
    public DbSet<PublishRun> PublishRuns => Set<PublishRun>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<IdentityRevealRequest> IdentityRevealRequests => Set<IdentityRevealRequest>();
    public DbSet<ChatInboundEvent> ChatInboundEvents => Set<ChatInboundEvent>();
    public DbSet<ChatConversation> ChatConversations => Set<ChatConversation>();
    public DbSet<ChatOutboundMessage> ChatOutboundMessages => Set<ChatOutboundMessage>();
    public DbSet<ChatReplyRoute> ChatReplyRoutes => Set<ChatReplyRoute>();
    public DbSet<ComplaintReference> ComplaintReferences => Set<ComplaintReference>();
    public DbSet<TraffyTicket> TraffyTickets => Set<TraffyTicket>();
    public DbSet<IntakeIssue> IntakeIssues => Set<IntakeIssue>();
    public DbSet<ChannelCursor> ChannelCursors => Set<ChannelCursor>();
    public DbSet<Operations.AdapterPause> AdapterPauses => Set<Operations.AdapterPause>();
    public DbSet<Operations.AlertIncident> AlertIncidents => Set<Operations.AlertIncident>();
    public DbSet<StoredFingerprint> Fingerprints => Set<StoredFingerprint>();
    public DbSet<FingerprintKey> FingerprintKeys => Set<FingerprintKey>();
    public DbSet<DedupTerm> DedupTerms => Set<DedupTerm>();
    public DbSet<PossibleDuplicate> PossibleDuplicates => Set<PossibleDuplicate>();
    public DbSet<SplitPair> SplitPairs => Set<SplitPair>();
    public DbSet<Staff.Mail.StaffMail> StaffMail => Set<Staff.Mail.StaffMail>();

    /// <summary>The audit chain key of the entries this unit of work appended (set by <see cref="AuditLog"/>), for <see cref="AuditRelink"/>.</summary>
    internal AuditChainKey? AuditKey { get; set; }

    /// <summary>Saves; a collision on the audit chain's next sequence re-links the pending entries and tries again.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < AuditRelink.MaxAttempts && Database.CurrentTransaction is null)
            {
                if (!await AuditRelink.TryAsync(this, cancellationToken))
                {
                    throw;
                }
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Identity's own tables (users, roles, claims, logins, tokens) first; ours may not touch them.
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is stored in UTC; reading it back must say so, whatever the provider returns.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<CaseStatus>().HaveConversion<string>().HaveMaxLength(32);
    }

    sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
