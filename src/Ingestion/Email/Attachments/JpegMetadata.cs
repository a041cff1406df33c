namespace Hub.Ingestion.Email.Attachments;

/// <summary>
/// Drops the APP1 (EXIF, GPS, XMP) and APP13 (IPTC) segments of a JPEG, leaving the image itself untouched, so a
/// working copy carries no location or device data. Anything that is not a well-formed JPEG is returned unchanged.
/// </summary>
public static class JpegMetadata
{
    const byte Marker = 0xFF;
    const byte StartOfImage = 0xD8;
    const byte StartOfScan = 0xDA;
    const byte App1 = 0xE1;
    const byte App13 = 0xED;

    public static byte[] Strip(byte[] jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != Marker || jpeg[1] != StartOfImage)
        {
            return jpeg;
        }

        using var output = new MemoryStream(jpeg.Length);
        output.Write(jpeg, 0, 2);
        var position = 2;
        while (position + 4 <= jpeg.Length && jpeg[position] == Marker)
        {
            var marker = jpeg[position + 1];
            if (marker == StartOfScan)
            {
                break;
            }

            var length = (jpeg[position + 2] << 8) | jpeg[position + 3];
            if (length < 2 || position + 2 + length > jpeg.Length)
            {
                return jpeg;
            }

            if (marker is not App1 and not App13)
            {
                output.Write(jpeg, position, 2 + length);
            }

            position += 2 + length;
        }

        // The scan data and everything after it is image, copied as is.
        output.Write(jpeg, position, jpeg.Length - position);
        return output.ToArray();
    }
}
