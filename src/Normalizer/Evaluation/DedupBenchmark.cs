using System.Diagnostics;
using Hub.Normalizer.Dedup;

namespace Hub.Normalizer.Evaluation;

/// <summary>Build time, look-up latency and memory of the duplicate index at a given size.</summary>
public sealed record BenchmarkReport(int Count, TimeSpan Build, double P50Milliseconds, double P99Milliseconds, long PeakWorkingSetBytes, long ManagedBytes, int Cases);

/// <summary>
/// <c>hub bench dedup</c>: indexes synthetic complaint fingerprints (Zipf-distributed words, 75 units, places,
/// names, amounts, one in ten a retelling of a recent complaint) and times every link decision.
/// </summary>
public static class DedupBenchmark
{
    const int Vocabulary = 30_000;
    const int WordsPerComplaint = 45;

    public static BenchmarkReport Run(int count, int seed = 6)
    {
        var random = new Random(seed);
        var words = Enumerable.Range(0, Vocabulary).Select(i => "w" + i).ToArray();
        var index = new DedupIndex();
        var latencies = new double[count];
        var recent = new IncidentFingerprint[1024];
        var start = DateTimeOffset.Parse("2025-01-01T00:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture);
        var total = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var fingerprint = i > 1024 && random.Next(10) == 0
                ? Retell(recent[random.Next(recent.Length)], i, words, random)
                : Fresh(i, words, random, start);
            recent[i % recent.Length] = fingerprint;
            var one = Stopwatch.GetTimestamp();
            index.Link(fingerprint);
            latencies[i] = Stopwatch.GetElapsedTime(one).TotalMilliseconds;
        }

        total.Stop();
        var measured = latencies.Skip(count / 2).Order().ToArray(); // the second half, when the index is large
        using var process = Process.GetCurrentProcess();
        return new BenchmarkReport(count, total.Elapsed, Percentile(measured, 0.50), Percentile(measured, 0.99),
            process.PeakWorkingSet64, GC.GetTotalMemory(forceFullCollection: true), index.CaseCount);
    }

    static IncidentFingerprint Fresh(int i, string[] words, Random random, DateTimeOffset start)
    {
        var text = Enumerable.Range(0, WordsPerComplaint).Select(_ => words[Zipf(random)]).ToList();
        var unit = random.Next(75);
        return Fingerprint($"syn-{i}", text, start.AddSeconds(i * 30), $"U{unit}", $"C{random.Next(10)}",
            [$"place{random.Next(200_000)}"], random.Next(3) == 0 ? [$"name{random.Next(50_000)}"] : [], [random.Next(1, 500) * 100L]);
    }

    static IncidentFingerprint Retell(IncidentFingerprint original, int i, string[] words, Random random)
    {
        var text = original.Words.Where(_ => random.Next(3) > 0).Concat(Enumerable.Range(0, 15).Select(_ => words[Zipf(random)])).ToList();
        return Fingerprint($"syn-{i}", text, original.ReceivedAt.AddHours(random.Next(1, 72)), original.Unit, original.Category, original.Places, original.Officials, original.Amounts);
    }

    static IncidentFingerprint Fingerprint(string id, List<string> words, DateTimeOffset at, string unit, string category,
        IReadOnlyList<string> places, IReadOnlyList<string> officials, IReadOnlyList<long> amounts) => new()
    {
        ComplaintId = id,
        Channel = "synthetic",
        ReceivedAt = at,
        Unit = unit,
        Category = category,
        Words = words,
        Signature = MinHasher.Signature(words),
        Places = places,
        Officials = officials,
        Amounts = amounts,
        // as TermRarity would choose: the rarest words, which here are the highest ranks
        Terms = words.Distinct().OrderByDescending(w => int.Parse(w.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)).Take(TermRarity.KeysPerComplaint).ToList(),
    };

    // Word ranks with a Zipf-like tail, as in real text: a few very common words, many rare ones.
    static int Zipf(Random random) => (int)Math.Min(Vocabulary - 1, Math.Exp(random.NextDouble() * Math.Log(Vocabulary)) - 1);

    static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, p * sorted.Length)];
}
