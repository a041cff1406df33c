using System.Globalization;

namespace Hub.Cli.Bench;

/// <summary>Percentiles of a set of measured durations, in milliseconds.</summary>
public sealed class Latencies(IEnumerable<double> milliseconds)
{
    readonly double[] sorted = milliseconds.Order().ToArray();

    public int Count => sorted.Length;

    public double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"p50 {Percentile(50):N0} ms   p99 {Percentile(99):N0} ms   max {Percentile(100):N0} ms");
}
