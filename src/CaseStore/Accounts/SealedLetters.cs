using static Hub.CaseStore.Staff.StaffHtml;

namespace Hub.CaseStore.Accounts;

/// <summary>Printable letters, one per page, each carrying one account's one-time password; to be sealed and handed over.</summary>
public static class SealedLetters
{
    public static string Render(IEnumerable<ProvisionedAccount> accounts, DateTimeOffset printedAt) => Document("จดหมายรหัสผ่านเริ่มต้น / Initial passwords",
        string.Concat(accounts.Select(a => $"""
            <section class="letter">
            <p><strong>ลับ — เฉพาะผู้รับ / CONFIDENTIAL — addressee only</strong></p>
            <p>ถึง / To: {E(a.Row.Name)} ({E(a.Row.Position)}), {E(a.Row.Unit)}</p>
            <p>บทบาท / Role: {E(StaffRoles.Thai(a.Row.Role))} ({E(a.Row.Role)})</p>
            <p>ชื่อผู้ใช้ / User name: <code>{E(a.Row.Email)}</code></p>
            <p>รหัสผ่านครั้งแรก / One-time password: <code class="password">{E(a.InitialPassword)}</code></p>
            <p>ระบบจะให้เปลี่ยนรหัสผ่านเมื่อเข้าสู่ระบบครั้งแรก แล้วควรเปิดการยืนยันตัวตนสองชั้น
            <br><small>You must change this password at first sign-in; then enable two-factor sign-in.</small></p>
            <p><small>พิมพ์เมื่อ / Printed {printedAt:yyyy-MM-dd HH:mm} UTC</small></p>
            </section>
            """)));
}
