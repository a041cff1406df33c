using System.Text.Json;
using Hub.Normalizer.Evaluation;

namespace Hub.Cli;

/// <summary>
/// <c>hub normalize --in complaints.jsonl --out results.jsonl</c> and <c>hub normalize --eval folder</c>:
/// the normalizer offline, on its embedded defaults, with an in-memory index and no state left behind.
/// </summary>
public static class NormalizeVerb
{
    public static async Task<int> RunAsync(HubCommand.Normalize command)
    {
        if (command.EvalFolder is { } folder)
        {
            var complaints = OfflineNormalizer.ReadLines<ComplaintLine>(Path.Combine(folder, "complaints.jsonl")).ToList();
            var labels = OfflineNormalizer.ReadLines<LabelLine>(Path.Combine(folder, "labels.jsonl")).ToList();
            var results = OfflineNormalizer.Normalize(complaints).ToList();
            Console.WriteLine($"ประเมินผล / evaluation: {results.Count} complaints from {Path.GetFullPath(folder)}");
            foreach (var line in Scorecard.Measure(results, labels).Lines())
            {
                Console.WriteLine(line);
            }

            return 0;
        }

        await using var output = command.Out is null ? Console.Out : new StreamWriter(command.Out);
        foreach (var result in OfflineNormalizer.Normalize(OfflineNormalizer.ReadLines<ComplaintLine>(command.In!)))
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(result, OfflineNormalizer.Json));
        }

        return 0;
    }
}
