namespace Hub.Normalizer.Pii;

/// <summary>The 13-digit Thai national ID number and its mod-11 check digit.</summary>
public static class ThaiNationalId
{
    public static bool HasValidChecksum(string digits)
    {
        if (digits.Length != 13 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (digits[i] - '0') * (13 - i);
        }

        return (11 - sum % 11) % 10 == digits[12] - '0';
    }
}
