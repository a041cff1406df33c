using System.Reflection;

namespace Hub.Normalizer.Classification;

/// <summary>The 10 complaint categories of <c>taxonomy.csv</c> with their typical Thai signal words.</summary>
public sealed record TaxonomyCategory(string Code, string NameTh, string NameEn, IReadOnlyList<string> Signals);

public static class Taxonomy
{
    public const string NotCorruption = "NOT_CORRUPTION";

    public static IReadOnlyList<TaxonomyCategory> Categories { get; } = Load();

    static List<TaxonomyCategory> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Hub.Normalizer.taxonomy.csv")
            ?? throw new InvalidOperationException("taxonomy.csv is not embedded in Hub.Normalizer.");
        using var reader = new StreamReader(stream);
        var rows = CsvRows.Read(reader).Skip(1);
        return rows.Select(r => new TaxonomyCategory(r[0], r[1], r[2], r[4].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList();
    }
}
