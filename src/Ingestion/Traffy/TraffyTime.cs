using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Ingestion.Traffy;

/// <summary>
/// Traffy timestamps: the CSV dump and share/search say UTC with a <c>+00</c> suffix and 3–6 fraction digits;
/// geojson/v1 and the Exchange API give Bangkok local time with no offset at all. A value without an offset is read
/// in the zone the caller names for its source.
/// </summary>
public static partial class TraffyTime
{
    public static readonly TimeSpan Bangkok = TimeSpan.FromHours(7);

    public static bool TryParse(string? value, TimeSpan offsetWhenMissing, out DateTime? utc)
    {
        utc = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var match = Shape().Match(value.Trim());
        if (!match.Success || !DateTime.TryParseExact(match.Groups["local"].Value.Replace('T', ' '), "yyyy-MM-dd HH:mm:ss",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        if (match.Groups["fraction"].Success)
        {
            var digits = match.Groups["fraction"].Value.PadRight(7, '0')[..7];
            local = local.AddTicks(long.Parse(digits, CultureInfo.InvariantCulture));
        }

        var offset = match.Groups["offset"].Success ? ParseOffset(match.Groups["offset"].Value) : offsetWhenMissing;
        utc = DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        return true;
    }

    static TimeSpan ParseOffset(string text)
    {
        if (text is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        var sign = text[0] == '-' ? -1 : 1;
        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length >= 4 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0;
        return sign * new TimeSpan(hours, minutes, 0);
    }

    [GeneratedRegex(@"^(?<local>\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d)(?:\.(?<fraction>\d{1,9}))?(?<offset>Z|z|[+-]\d\d(?::?\d\d)?)?$")]
    private static partial Regex Shape();
}
