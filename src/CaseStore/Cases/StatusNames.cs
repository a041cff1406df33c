namespace Hub.CaseStore.Cases;

/// <summary>Thai names of the case stages, as reporters and staff read them.</summary>
public static class StatusNames
{
    public static string Thai(CaseStatus status) => status switch
    {
        CaseStatus.Received => "รับเรื่องแล้ว",
        CaseStatus.Screened => "ตรวจสอบเบื้องต้นแล้ว",
        CaseStatus.Assigned => "ส่งหน่วยงานรับผิดชอบแล้ว",
        CaseStatus.PreliminaryInquiry => "อยู่ระหว่างสืบสวนข้อเท็จจริง",
        CaseStatus.Investigation => "อยู่ระหว่างสอบสวน",
        CaseStatus.Concluded => "ได้ข้อยุติแล้ว",
        CaseStatus.Closed => "ปิดเรื่องแล้ว",
        _ => status.ToString(),
    };
}
