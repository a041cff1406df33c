using System.Collections.Concurrent;

namespace Hub.Normalizer.Dedup;

/// <summary>
/// Staff decisions that two complaints are NOT one incident. The linker never joins a remembered pair again,
/// even when a later complaint would bridge them. Behind an interface so the case store can persist it.
/// </summary>
public interface ISplitMemory
{
    void RememberApart(string complaintId, string otherComplaintId);

    bool AreApart(string complaintId, string otherComplaintId);
}

public sealed class InMemorySplitMemory : ISplitMemory
{
    readonly ConcurrentDictionary<(string, string), bool> apart = new();

    public void RememberApart(string complaintId, string otherComplaintId) => apart[Key(complaintId, otherComplaintId)] = true;

    public bool AreApart(string complaintId, string otherComplaintId) => apart.ContainsKey(Key(complaintId, otherComplaintId));

    static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
