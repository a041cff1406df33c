using System.Text;

namespace Hub.Ingestion.Email.Parsing;

/// <summary>
/// Thai mail arrives as TIS-620, ISO-8859-11 or windows-874, names .NET does not all know. windows-874 is a superset of
/// both (ISO-8859-11 is TIS-620 plus NBSP), so every alias decodes with code page 874. Registering this provider lets
/// MimeKit decode RFC 2047 words and bodies in those charsets.
/// </summary>
public sealed class ThaiEncodings : EncodingProvider
{
    const int Windows874 = 874;

    // MimeKit turns "iso-8859-N" into code page 28590+N; 28601 does not exist in .NET.
    const int Iso8859_11 = 28601;

    static readonly HashSet<string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        "tis-620", "tis620", "tis_620", "tis-620-0", "tis620.2533", "tis620-0", "iso-8859-11", "iso8859-11", "iso_8859-11",
        "iso-ir-166", "x-iso-8859-11", "cp874", "x-cp874", "ibm874", "windows-874", "x-windows-874", "thai",
    };

    static int registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            Encoding.RegisterProvider(new ThaiEncodings());
        }
    }

    /// <summary>The decoder for a declared charset, or null when Hub cannot decode it.</summary>
    public static Encoding? Resolve(string? charset)
    {
        Register();
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(charset.Trim().Trim('"'));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public override Encoding? GetEncoding(int codepage) =>
        codepage == Iso8859_11 ? CodePagesEncodingProvider.Instance.GetEncoding(Windows874) : null;

    public override Encoding? GetEncoding(string name) =>
        Aliases.Contains(name) ? CodePagesEncodingProvider.Instance.GetEncoding(Windows874) : null;
}
