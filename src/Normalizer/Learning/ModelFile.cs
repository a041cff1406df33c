using System.IO.Compression;
using System.Reflection;

namespace Hub.Normalizer.Learning;

/// <summary>
/// The shipped model files: gzip-compressed binary, written by <c>hub normalize --train</c> into
/// <c>src/Normalizer/Learning/Models</c> and embedded in the assembly. Each starts with a format tag, so a file of
/// another format is refused with its name rather than misread.
/// </summary>
public static class ModelFile
{
    const string Tag = "hub-model-1";

    public static void Save(string path, Action<BinaryWriter> write)
    {
        using var file = File.Create(path);
        using var zip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(zip);
        writer.Write(Tag);
        write(writer);
    }

    public static T LoadEmbedded<T>(string fileName, Func<BinaryReader, T> read)
    {
        var name = "Hub.Normalizer.Models." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Model {fileName} is not embedded; run `hub normalize --train`.");
        return Load(stream, fileName, read);
    }

    public static T Load<T>(Stream stream, string name, Func<BinaryReader, T> read)
    {
        using var zip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(zip);
        if (reader.ReadString() != Tag)
        {
            throw new InvalidDataException($"Model {name} is not a {Tag} file.");
        }

        return read(reader);
    }

    public static void WriteSparse(BinaryWriter writer, float[] values)
    {
        writer.Write(values.Length);
        var nonZero = Enumerable.Range(0, values.Length).Where(i => values[i] != 0).ToList();
        writer.Write(nonZero.Count);
        foreach (var i in nonZero)
        {
            writer.Write(i);
            writer.Write(values[i]);
        }
    }

    public static float[] ReadSparse(BinaryReader reader)
    {
        var values = new float[reader.ReadInt32()];
        var count = reader.ReadInt32();
        for (var n = 0; n < count; n++)
        {
            var i = reader.ReadInt32();
            values[i] = reader.ReadSingle();
        }

        return values;
    }
}
