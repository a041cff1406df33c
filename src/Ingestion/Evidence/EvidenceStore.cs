using System.Security.Cryptography;
using Hub.CaseStore.Evidence;
using Hub.Contracts.Complaints;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Evidence;

/// <summary>
/// Content-addressed evidence: each file is stored once under its SHA-256 (<c>ab/cd/abcd….bin</c>), so the same
/// photo sent through two channels is one file, and a stored file can be checked against its name at any time.
/// Files are written to a temporary name and renamed, so a crash never leaves half a file under a real hash.
/// </summary>
public sealed class EvidenceStore(IOptions<EvidenceOptions> options)
{
    public async Task<AttachmentReference> StoreAsync(Stream content, string fileName, string contentType, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.AllowedContentTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase))
        {
            throw new EvidenceRejectedException($"ไม่รับไฟล์ชนิด {contentType} / Attachments of type {contentType} are not accepted.");
        }

        Directory.CreateDirectory(settings.Directory);
        var temporary = Path.Combine(settings.Directory, $".incoming-{Guid.NewGuid():N}");
        string hash;
        long size;
        try
        {
            await using (var file = File.Create(temporary))
            {
                (hash, size) = await CopyHashingAsync(content, file, settings.MaxFileBytes, cancellationToken);
            }

            var final = PathOf(hash);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            if (File.Exists(final))
            {
                File.Delete(temporary);
            }
            else
            {
                File.Move(temporary, final);
            }
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        return new AttachmentReference(hash, Path.GetFileName(fileName), contentType, size);
    }

    public Stream Open(string sha256) => File.OpenRead(PathOf(sha256));

    string PathOf(string sha256) => EvidenceFiles.PathOf(options.Value.Directory, sha256);

    static async Task<(string Hash, long Size)> CopyHashingAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new EvidenceRejectedException($"ไฟล์ใหญ่เกิน {limit / (1024 * 1024)} MB / Attachment is larger than {limit} bytes.");
            }

            sha.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return (Convert.ToHexStringLower(sha.GetHashAndReset()), total);
    }
}
