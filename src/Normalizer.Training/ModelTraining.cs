using System.Diagnostics;
using Hub.Normalizer.Learning;

namespace Hub.Normalizer.Training;

/// <summary>
/// <c>hub normalize --train</c>: rebuilds every shipped model from the committed data, seeded, so the same data and
/// seed give the same model files. Cross-validation runs first, because the thresholds come from held-out scores.
/// </summary>
public static class ModelTraining
{
    public const int Seed = 20261203;

    public static void Run(string dataRoot, string modelFolder, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var examples = Corpus.Training(dataRoot);
        log.WriteLine($"training data: {examples.Count} complaints ({string.Join(", ", examples.GroupBy(e => e.Source).Select(g => $"{g.Key} {g.Count()}"))})");
        var trainer = new Trainer(Seed, log);
        var cv = trainer.CrossValidate(examples);
        log.WriteLine($"thresholds from held-out folds: integrity {cv.IntegrityThreshold:0.0000}, auto-link {cv.LinkThreshold:0.0000}, suggest {cv.SuggestThreshold:0.0000}");
        var models = trainer.TrainFinal(examples, cv);
        Directory.CreateDirectory(modelFolder);
        ModelFile.Save(Path.Combine(modelFolder, "category.bin"), models.Categories.Write);
        ModelFile.Save(Path.Combine(modelFolder, "duplicates.bin"), models.Duplicates.Write);
        ModelFile.Save(Path.Combine(modelFolder, "terms.bin"), models.Terms.Write);
        log.WriteLine($"models written to {Path.GetFullPath(modelFolder)} in {clock.Elapsed.TotalMinutes:0.0} min; rebuild Hub to embed them");
    }
}
