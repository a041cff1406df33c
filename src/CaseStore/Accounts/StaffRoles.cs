namespace Hub.CaseStore.Accounts;

/// <summary>The staff roles and the policies built on them; one role per account.</summary>
public static class StaffRoles
{
    public const string Center = "center";
    public const string Discipline = "discipline";
    public const string UnitOfficer = "unit-officer";
    public const string UnitHead = "unit-head";
    public const string Auditor = "auditor";
    public const string Operator = "operator";
    public const string Administrator = "administrator";

    public static readonly IReadOnlyList<string> All = [Center, Discipline, UnitOfficer, UnitHead, Auditor, Operator, Administrator];

    /// <summary>Roles that read complaint content; the unit roles only within their unit.</summary>
    public static readonly string[] CaseHandlers = [Center, Discipline, UnitOfficer, UnitHead];

    /// <summary>A unit may have at most this many reporting officers.</summary>
    public const int MaxOfficersPerUnit = 2;

    public static bool IsUnitScoped(string role) => role is UnitOfficer or UnitHead;

    public static string Thai(string role) => role switch
    {
        Center => "เจ้าหน้าที่ศูนย์ปฏิบัติการต่อต้านการทุจริต",
        Discipline => "เจ้าหน้าที่วินัย",
        UnitOfficer => "เจ้าหน้าที่รายงานประจำหน่วยงาน",
        UnitHead => "หัวหน้าหน่วยงาน",
        Auditor => "ผู้ตรวจสอบ",
        Operator => "ผู้ดูแลระบบปฏิบัติการ",
        Administrator => "ผู้ดูแลบัญชีผู้ใช้",
        _ => role,
    };
}

/// <summary>Authorization policy names; every staff endpoint names one.</summary>
public static class StaffPolicies
{
    public const string Cases = "staff-cases";
    public const string Custodian = "staff-custodian";
    public const string Audit = "staff-audit";
    public const string Operations = "staff-operations";
    public const string Accounts = "staff-accounts";
    public const string SignedIn = "staff-signed-in";
}
