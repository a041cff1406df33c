using System.Collections;
using System.Diagnostics;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>
/// Spans exported by the in-memory exporter. The exporter adds from Hub's threads while the test reads, so every read
/// goes through a locked copy.
/// </summary>
public sealed class CapturedSpanCollection : ICollection<Activity>
{
    readonly List<Activity> spans = [];

    public IReadOnlyList<Activity> Snapshot()
    {
        lock (spans)
        {
            return spans.ToList();
        }
    }

    /// <summary>Every span's name, tags and event names, one line each: the text a privacy scan searches.</summary>
    public string Describe() => string.Join("\n", Snapshot().Select(s =>
        $"{s.DisplayName} {string.Join(" ", s.TagObjects.Select(t => $"{t.Key}={t.Value}"))} {string.Join(" ", s.Events.Select(e => e.Name))}"));

    public void Add(Activity item)
    {
        lock (spans)
        {
            spans.Add(item);
        }
    }

    public int Count
    {
        get
        {
            lock (spans)
            {
                return spans.Count;
            }
        }
    }

    public bool IsReadOnly => false;

    public void Clear()
    {
        lock (spans)
        {
            spans.Clear();
        }
    }

    public bool Contains(Activity item) => Snapshot().Contains(item);

    public void CopyTo(Activity[] array, int arrayIndex) => Snapshot().ToList().CopyTo(array, arrayIndex);

    public bool Remove(Activity item)
    {
        lock (spans)
        {
            return spans.Remove(item);
        }
    }

    public IEnumerator<Activity> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
