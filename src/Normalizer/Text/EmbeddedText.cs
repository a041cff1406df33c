using System.Reflection;

namespace Hub.Normalizer.Text;

/// <summary>Word lists embedded in Hub.Normalizer: one entry a line, '#' starts a comment.</summary>
public static class EmbeddedText
{
    public static TextReader Open(string fileName)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Hub.Normalizer." + fileName)
            ?? throw new InvalidOperationException($"{fileName} is not embedded in Hub.Normalizer.");
        return new StreamReader(stream);
    }

    public static IEnumerable<string> Lines(string fileName)
    {
        using var reader = Open(fileName);
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Split('#')[0].Trim();
            if (entry.Length > 0)
            {
                yield return entry;
            }
        }
    }
}
