using System.Globalization;

namespace Hub.CaseStore.Cases;

/// <summary>Case numbers run per fiscal year without gaps: <c>2569-000001</c>, <c>2569-000002</c>, …</summary>
public static class CaseNumber
{
    public static string Format(FiscalYear year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{year.BuddhistYear}-{sequence:D6}");
}
