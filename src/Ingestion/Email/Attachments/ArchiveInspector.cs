using System.IO.Compression;
using Hub.Ingestion.Email.Parsing;

namespace Hub.Ingestion.Email.Attachments;

/// <summary>Refuses zip bombs: archives whose declared contents expand past a limit or by an absurd ratio. Nothing is extracted.</summary>
public static class ArchiveInspector
{
    public static bool IsArchive(string contentType, string fileName) =>
        contentType.Contains("zip", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    public static void Check(byte[] archive, long maxExpandedBytes, int maxRatio)
    {
        long expanded = 0;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                expanded += entry.Length;
                var nested = IsArchive("", entry.FullName);
                if (expanded > maxExpandedBytes || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > maxRatio) || (nested && entry.Length > archive.Length * 10L))
                {
                    throw new EmailRejectedException("ไฟล์บีบอัดที่ขยายตัวผิดปกติ (zip bomb) / Archive expands beyond the limit (zip bomb)");
                }
            }
        }
        catch (InvalidDataException)
        {
            throw new EmailRejectedException("ไฟล์บีบอัดเสียหาย / Corrupt zip archive");
        }
    }
}
