using System.Globalization;
using Hub.Normalizer.Evaluation;

namespace Hub.Cli;

/// <summary><c>hub bench dedup --count N</c>: how the duplicate index behaves at scale.</summary>
public static class BenchVerb
{
    public static int Run(HubCommand.BenchDedup command)
    {
        Console.WriteLine($"ดัชนีข้อร้องเรียนซ้ำ / dedup index: {command.Count.ToString("N0", CultureInfo.InvariantCulture)} synthetic complaints …");
        var report = DedupBenchmark.Run(command.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"build       {report.Build.TotalSeconds:0.0} s ({report.Count / report.Build.TotalSeconds:N0} complaints/s), {report.Cases:N0} cases"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lookup      p50 {report.P50Milliseconds:0.000} ms   p99 {report.P99Milliseconds:0.000} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"memory      peak working set {report.PeakWorkingSetBytes / 1048576.0:N0} MB, managed heap after build {report.ManagedBytes / 1048576.0:N0} MB"));
        return 0;
    }
}
