namespace Hub.Publisher.Site;

/// <summary>The Sarabun web fonts (SIL OFL 1.1, from @fontsource/sarabun 5.3.0) and their licence, embedded in the assembly.</summary>
public static class SiteAssets
{
    const string Prefix = "Hub.Publisher.Assets.";

    public static IEnumerable<(string Name, byte[] Content)> All()
    {
        var assembly = typeof(SiteAssets).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            yield return (resource[Prefix.Length..], buffer.ToArray());
        }
    }
}
