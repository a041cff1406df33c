using Hub.CaseStore.Staff.Mail;

namespace Hub.CaseStore.Accounts;

/// <summary>
/// E-mails each new account its one-time password, the alternative to the sealed letter. Sent at once by the
/// importing administrator and never queued, so the password is not kept in the database for a retry; an invitation
/// that cannot be sent is handed back for a sealed letter instead.
/// </summary>
public static class Invitations
{
    public static async Task<IReadOnlyList<ProvisionedAccount>> SendAsync(IReadOnlyList<ProvisionedAccount> accounts, StaffMailOptions settings, CancellationToken cancellationToken)
    {
        var unsent = new List<ProvisionedAccount>();
        await using var mailer = new StaffMailer(settings);
        foreach (var account in accounts)
        {
            try
            {
                await mailer.SendAsync(account.Row.Email, "บัญชีผู้ใช้ระบบรับเรื่องร้องเรียน กทม. / Your BMA Complaint Hub account", Body(account, settings.StaffUrl), Guid.NewGuid(), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                unsent.Add(account);
            }
        }

        return unsent;
    }

    static string Body(ProvisionedAccount account, Uri staffUrl) => $"""
        เรียน {account.Row.Name} ({account.Row.Position}, {account.Row.Unit})

        ท่านได้รับบัญชีผู้ใช้ในบทบาท {StaffRoles.Thai(account.Row.Role)}
        ชื่อผู้ใช้: {account.Row.Email}
        รหัสผ่านครั้งแรก (ใช้ได้ครั้งเดียว): {account.InitialPassword}
        เข้าสู่ระบบที่ {new Uri(staffUrl, "/staff/login")} ระบบจะให้เปลี่ยนรหัสผ่านทันที แล้วควรเปิดการยืนยันตัวตนสองชั้น

        You have a Hub account as {account.Row.Role}.
        User name: {account.Row.Email}
        One-time password: {account.InitialPassword}
        Sign in at {new Uri(staffUrl, "/staff/login")}; you must change the password at once, then enable two-factor sign-in.
        """;
}
