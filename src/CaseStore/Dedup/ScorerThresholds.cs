using Hub.CaseStore.Cases;
using Hub.Normalizer.Dedup;

namespace Hub.CaseStore.Dedup;

/// <summary>
/// The live linker's scorer: the shipped learned model, with the link and suggestion thresholds an operator set in
/// <c>Hub:CaseStore</c> (the model stays the same). Training may choose one threshold for both, and then nothing is ever
/// only suggested; a lower suggestion threshold gives staff the near misses to decide.
/// </summary>
public static class ScorerThresholds
{
    public static DuplicateScorer Apply(DuplicateScorer shipped, CaseIntakeOptions options)
    {
        if (options.LinkThreshold is null && options.SuggestThreshold is null)
        {
            return shipped;
        }

        var link = options.LinkThreshold ?? shipped.LinkThreshold;
        var suggest = Math.Min(options.SuggestThreshold ?? shipped.SuggestThreshold, link);
        // the model file begins with the two thresholds; rewriting them there keeps the model itself byte for byte
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            shipped.Write(writer);
        }

        var bytes = buffer.ToArray();
        System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(0, sizeof(double)), link);
        System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(sizeof(double), sizeof(double)), suggest);
        using var reader = new BinaryReader(new MemoryStream(bytes));
        return DuplicateScorer.Read(reader);
    }
}
