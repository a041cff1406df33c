using System.Globalization;
using System.Text;

namespace Hub.Operations;

/// <summary>The console's queue table as plain text, for <c>hub queues</c>.</summary>
public static class QueueTable
{
    public static string Render(IReadOnlyList<QueueSnapshot> queues, DateTimeOffset now)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"queue",-32} {"ready",8} {"unacked",8} {"consumers",9} {"in/s",7} {"out/s",7} {"oldest",10}");
        foreach (var queue in queues)
        {
            var oldest = queue.OldestMessageAt is { } at ? Age(now - at) : "-";
            var name = queue.IsFaultQueue ? "  └ " + queue.Name : queue.Name;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{name,-32} {queue.Ready,8} {queue.Unacknowledged,8} {queue.Consumers,9} {queue.PublishPerSecond,7:0.0} {queue.DeliverPerSecond,7:0.0} {oldest,10}");
        }

        return text.ToString();
    }

    internal static string Age(TimeSpan age) => age.TotalSeconds < 90 ? $"{Math.Max(0, age.TotalSeconds):0}s" : age.TotalMinutes < 90 ? $"{age.TotalMinutes:0}m" : $"{age.TotalHours:0.0}h";
}
