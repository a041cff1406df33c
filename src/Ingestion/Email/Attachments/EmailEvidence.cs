using Hub.Contracts.Complaints;
using Hub.Ingestion.Evidence;
using MimeKit;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Email.Attachments;

/// <summary>
/// Keeps a message's evidence: the raw .eml exactly as received, and each attachment decoded (JPEGs as a working copy
/// without EXIF/GPS; the original stays inside the .eml). An attachment the evidence store refuses (type, size) is
/// noted in the complaint instead, since the .eml still holds it; a zip bomb rejects the whole message.
/// </summary>
public sealed class EmailEvidence(EvidenceStore store, IOptions<EmailOptions> options)
{
    public const string RawFileName = "message.eml";

    public async Task<(IReadOnlyList<AttachmentReference> Stored, IReadOnlyList<string> Refused)> StoreAsync(
        byte[] raw, IReadOnlyList<MimeEntity> attachments, string? quotedHistory, CancellationToken cancellationToken)
    {
        var stored = new List<AttachmentReference>
        {
            await store.StoreAsync(new MemoryStream(raw, writable: false), RawFileName, "message/rfc822", cancellationToken),
        };
        var refused = new List<string>();
        if (quotedHistory is not null)
        {
            stored.Add(await store.StoreAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(quotedHistory)), "quoted-history.txt", "text/plain", cancellationToken));
        }

        var index = 0;
        foreach (var entity in attachments)
        {
            index++;
            var (content, fileName, contentType) = Decode(entity, index);
            if (ArchiveInspector.IsArchive(contentType, fileName))
            {
                ArchiveInspector.Check(content, options.Value.MaxArchiveExpandedBytes, options.Value.MaxArchiveRatio);
            }

            if (contentType.Equals("image/jpeg", StringComparison.OrdinalIgnoreCase))
            {
                content = JpegMetadata.Strip(content);
            }

            try
            {
                stored.Add(await store.StoreAsync(new MemoryStream(content, writable: false), fileName, contentType, cancellationToken));
            }
            catch (EvidenceRejectedException ex)
            {
                refused.Add($"{fileName}: {ex.Message}");
            }
        }

        return (stored, refused);
    }

    static (byte[] Content, string FileName, string ContentType) Decode(MimeEntity entity, int index)
    {
        using var buffer = new MemoryStream();
        if (entity is MessagePart attached)
        {
            attached.Message?.WriteTo(buffer);
            return (buffer.ToArray(), $"attached-{index}.eml", "message/rfc822");
        }

        var part = (MimePart)entity;
        part.Content?.DecodeTo(buffer);
        var fileName = string.IsNullOrWhiteSpace(part.FileName) ? $"attachment-{index}" : Path.GetFileName(part.FileName);
        return (buffer.ToArray(), fileName, part.ContentType.MimeType.ToLowerInvariant());
    }
}
