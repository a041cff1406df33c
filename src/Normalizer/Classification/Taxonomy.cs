namespace Hub.Normalizer.Classification;

/// <summary>The 10 complaint categories of <c>taxonomy.csv</c> with their typical Thai signal words.</summary>
public sealed record TaxonomyCategory(string Code, string NameTh, string NameEn, IReadOnlyList<string> Signals);

public static class Taxonomy
{
    public const string NotCorruption = "NOT_CORRUPTION";

    public static IReadOnlyList<TaxonomyCategory> Categories { get; } = Load();

    /// <summary>Tie-break order between equally supported categories: the file's order, most specific allegation first.</summary>
    public static int Priority(string code) => Categories.ToList().FindIndex(c => c.Code == code);

    static List<TaxonomyCategory> Load()
    {
        using var reader = Text.EmbeddedText.Open("taxonomy.csv");
        var rows = CsvRows.Read(reader).Skip(1);
        return rows.Select(r => new TaxonomyCategory(r[0], r[1], r[2], r[4].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList();
    }
}
