using System.Text.Json;
using Hub.Normalizer.Evaluation;
using Hub.Normalizer.Training;

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

    /// <summary>Training and the full report read the repository's committed data and write its model folder.</summary>
    public static int RunModels(HubCommand.NormalizeModels command)
    {
        var root = RepositoryRoot();
        var data = command.Data ?? Path.Combine(root, "tests", "data");
        if (command.Train)
        {
            ModelTraining.Run(data, command.Models ?? Path.Combine(root, "src", "Normalizer", "Learning", "Models"), Console.Out);
        }
        else
        {
            EvaluationReport.Print(data, ModelTraining.Seed, Console.Out);
        }

        return 0;
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository (no Hub.sln found above the current folder), or give --data and --models.");
    }
}
