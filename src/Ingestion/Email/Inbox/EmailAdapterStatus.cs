using System.Collections.Concurrent;

namespace Hub.Ingestion.Email.Inbox;

/// <summary>The state of each mailbox connection, for operators (health, console). Error types only, never content.</summary>
public sealed class EmailAdapterStatus
{
    readonly ConcurrentDictionary<string, MailboxState> states = new(StringComparer.Ordinal);

    public IReadOnlyCollection<MailboxState> Mailboxes => states.Values.OrderBy(s => s.Mailbox, StringComparer.Ordinal).ToList();

    public MailboxState? Of(string mailbox) => states.GetValueOrDefault(mailbox);

    internal void Update(string mailbox, Func<MailboxState, MailboxState> change) =>
        states.AddOrUpdate(mailbox, name => change(new MailboxState(name)), (_, current) => change(current));
}

/// <param name="State">connecting, idle, polling, processing, disconnected.</param>
public sealed record MailboxState(string Mailbox)
{
    public string State { get; init; } = "connecting";
    public bool SupportsIdle { get; init; }
    public DateTimeOffset? ConnectedAt { get; init; }
    public DateTimeOffset? LastPassAt { get; init; }
    public int ConsecutiveFailures { get; init; }
    public string? LastErrorType { get; init; }
    public DateTimeOffset? NextRetryAt { get; init; }
    public long Accepted { get; init; }
    public long Failed { get; init; }
    public int Reconnects { get; init; }
}
