namespace Hub.CaseStore.Identity;

/// <summary>Everything that could identify a reporter (or an accused official). Lives only encrypted in the vault.</summary>
public sealed record ReporterContact(
    string? Name = null,
    string? Email = null,
    string? Phone = null,
    string? LineUserId = null,
    string? TelegramChatId = null,
    string? CallerNumber = null,
    string? NationalId = null)
{
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone)
        && string.IsNullOrWhiteSpace(LineUserId) && string.IsNullOrWhiteSpace(TelegramChatId) && string.IsNullOrWhiteSpace(CallerNumber)
        && string.IsNullOrWhiteSpace(NationalId);

    /// <summary>Redacted on purpose: records print themselves in logs and exceptions.</summary>
    public override string ToString() => "ReporterContact { redacted }";
}
