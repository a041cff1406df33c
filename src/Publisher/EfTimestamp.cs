namespace Hub.Publisher;

/// <summary>
/// The text EF Core writes for a DateTime on SQLite, <c>yyyy-MM-dd HH:mm:ss</c> plus a dot and up to seven fraction
/// digits when there is a fraction, parsed from UTF-8 bytes to the exact tick.
/// </summary>
static class EfTimestamp
{
    public static bool TryParse(ReadOnlySpan<byte> s, out DateTime value)
    {
        value = default;
        if (s.Length is < 19 or 20 or > 27 || s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':' || s[16] != ':' || (s.Length > 19 && s[19] != '.'))
        {
            return false;
        }

        int year = Digits(s[..4]), month = Digits(s[5..7]), day = Digits(s[8..10]);
        int hour = Digits(s[11..13]), minute = Digits(s[14..16]), second = Digits(s[17..19]);
        var fraction = s.Length > 19 ? Digits(s[20..]) : 0;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || (hour | minute | second | fraction) < 0 || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        for (var digits = Math.Max(s.Length - 20, 0); digits < 7; digits++)
        {
            fraction *= 10;
        }

        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(fraction);
        return true;
    }

    /// <summary>The decimal value of ASCII digits; negative when any byte is not a digit.</summary>
    static int Digits(ReadOnlySpan<byte> s)
    {
        var value = 0;
        foreach (var b in s)
        {
            var digit = b - '0';
            if ((uint)digit > 9)
            {
                return -1;
            }

            value = value * 10 + digit;
        }

        return value;
    }
}
