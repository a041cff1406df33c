using Hub.Operations.Console;

namespace Hub.Operations.Alerts;

/// <summary>One threshold crossed now. <see cref="Key"/> names the rule and its subject; the summary holds names and counts only.</summary>
public sealed record AlertCondition(string Key, string Summary);

/// <summary>Turns a console snapshot into the conditions that hold now.</summary>
public static class AlertRules
{
    /// <summary>Rules that read the broker; while it cannot be read, their incidents are neither opened nor closed.</summary>
    public static readonly string[] BrokerKeyPrefixes = ["queue-depth:", "queue-age:", "faulted:"];

    /// <param name="watchingSince">When this process began watching; an adapter that never fetched counts as silent from then.</param>
    public static IReadOnlyList<AlertCondition> Evaluate(ConsoleSnapshot s, AlertOptions o, DateTimeOffset watchingSince)
    {
        var found = new List<AlertCondition>();
        if (s.QueueError is not null)
        {
            found.Add(new("queues-unreadable", $"อ่านสถานะคิวไม่ได้ / Queues cannot be read ({s.QueueError})"));
        }

        foreach (var q in s.Queues)
        {
            if (q.Name.EndsWith(QueueSnapshot.ErrorSuffix, StringComparison.Ordinal))
            {
                if (q.Ready >= o.FaultedMessages)
                {
                    found.Add(new("faulted:" + q.InputQueue, $"มีข้อความล้มเหลว {q.Ready} รายการใน / {q.Ready} faulted message(s) in {q.Name}"));
                }

                continue;
            }

            if (q.IsFaultQueue)
            {
                continue;
            }

            if (q.Ready >= o.QueueDepth)
            {
                found.Add(new("queue-depth:" + q.Name, $"คิวค้าง {q.Ready} ข้อความ / Queue {q.Name} holds {q.Ready} messages (threshold {o.QueueDepth})"));
            }

            if (q.OldestMessageAt is { } oldest && s.AtUtc - oldest >= o.OldestMessageAge)
            {
                found.Add(new("queue-age:" + q.Name, $"ข้อความเก่าสุดรอ {QueueTable.Age(s.AtUtc - oldest)} / Oldest message in {q.Name} waits {QueueTable.Age(s.AtUtc - oldest)}"));
            }
        }

        // In embedded mode the queue rows already are the outbox; one alert is enough.
        var outboxShownAsQueues = s.Queues.Any(q => q.Name.StartsWith(OutboxQueueSource.Prefix, StringComparison.Ordinal));
        if (!outboxShownAsQueues && s.Outbox.OldestAtUtc is { } outboxOldest && s.AtUtc - outboxOldest >= o.OldestMessageAge)
        {
            found.Add(new("outbox-age", $"Outbox ค้าง {s.Outbox.Waiting} แถว / Outbox: {s.Outbox.Waiting} rows, oldest {QueueTable.Age(s.AtUtc - outboxOldest)}"));
        }

        foreach (var a in s.Adapters.Where(a => !a.Paused))
        {
            if (a.Pulling && a.Status != Ingestion.Channels.Adapters.AdapterStatus.Disabled && s.AtUtc - (a.LastPolledAtUtc ?? watchingSince) >= o.AdapterSilentFor)
            {
                found.Add(new("adapter-silent:" + a.Name, $"ช่องทางเงียบ / Adapter {a.Name} has not fetched for {QueueTable.Age(s.AtUtc - (a.LastPolledAtUtc ?? watchingSince))}"));
            }

            if (a.ConsecutiveFailures >= o.AdapterFailuresInARow)
            {
                found.Add(new("adapter-failing:" + a.Name, $"ช่องทางขัดข้อง / Adapter {a.Name} failed {a.ConsecutiveFailures} times in a row ({a.LastErrorType})"));
            }
        }

        if (o.PublishOverdueAfter is { } overdue)
        {
            var lastSuccess = s.PublishRuns.Where(r => r.Outcome == "succeeded").Select(r => (DateTime?)r.FinishedAtUtc).Max();
            var since = lastSuccess is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : watchingSince;
            if (s.AtUtc - since >= overdue)
            {
                found.Add(new("publish-overdue", $"ไม่ได้เผยแพร่สถิติมา / No successful publish for {QueueTable.Age(s.AtUtc - since)}"));
            }
        }

        return found;
    }
}
