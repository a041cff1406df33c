namespace Hub.CaseStore.Cases;

/// <summary>What a staff member submits to move a case on; which fields are required depends on the target stage.</summary>
public sealed record TransitionRequest(CaseStatus To, string? Outcome, string? Unit, string? ActionTaken, string? Reason);

/// <summary>
/// The ISO 37002 path a case may take and the fields each step must record. Screening that does not accept the
/// case (not corruption → general channel; insufficient information) leads straight to closing.
/// </summary>
public static class CaseLifecycle
{
    public static readonly IReadOnlyDictionary<string, string> ScreeningOutcomes = new Dictionary<string, string>
    {
        ["accepted"] = "รับไว้ดำเนินการ / Accepted",
        ["not-corruption"] = "ไม่ใช่เรื่องทุจริต ส่งช่องทางร้องเรียนทั่วไป / Not corruption: routed to the general channel",
        ["insufficient-information"] = "ข้อมูลไม่เพียงพอ / Insufficient information",
    };

    public static readonly IReadOnlyDictionary<string, string> Severities = new Dictionary<string, string>
    {
        ["minor"] = "วินัยไม่ร้ายแรง / Minor",
        ["serious"] = "วินัยร้ายแรง / Serious",
    };

    public static readonly IReadOnlyDictionary<string, string> Conclusions = new Dictionary<string, string>
    {
        ["substantiated"] = "มีมูล (ระบุการดำเนินการ) / Substantiated (state the action taken)",
        ["unsubstantiated"] = "ไม่มีมูล / Unsubstantiated",
        ["referred-nacc"] = "ส่ง ป.ป.ช. / Referred to NACC",
        ["referred-pacc"] = "ส่ง ป.ป.ท. / Referred to PACC",
        ["referred-police"] = "ส่งตำรวจ / Referred to police",
    };

    public static IReadOnlyList<CaseStatus> Next(CaseStatus from, string? screeningOutcome) => from switch
    {
        CaseStatus.Received => [CaseStatus.Screened],
        CaseStatus.Screened => screeningOutcome == "accepted" ? [CaseStatus.Assigned] : [CaseStatus.Closed],
        CaseStatus.Assigned => [CaseStatus.PreliminaryInquiry],
        // A preliminary inquiry may find no case (BMA-5) and conclude without an investigation.
        CaseStatus.PreliminaryInquiry => [CaseStatus.Investigation, CaseStatus.Concluded],
        CaseStatus.Investigation => [CaseStatus.Concluded],
        CaseStatus.Concluded => [CaseStatus.Closed],
        _ => [],
    };

    /// <summary>The problems with a request, in Thai then English; empty when it may be applied.</summary>
    public static IReadOnlyList<string> Check(CaseStatus from, string? screeningOutcome, TransitionRequest request)
    {
        var errors = new List<string>();
        if (!Next(from, screeningOutcome).Contains(request.To))
        {
            errors.Add($"เปลี่ยนสถานะจาก {StatusNames.Thai(from)} ไปเป็น {StatusNames.Thai(request.To)} ไม่ได้ / Cannot move from {from} to {request.To}");
            return errors;
        }

        switch (request.To)
        {
            case CaseStatus.Screened when !ScreeningOutcomes.ContainsKey(request.Outcome ?? ""):
                errors.Add("กรุณาเลือกผลการคัดกรอง / Choose a screening outcome");
                break;
            case CaseStatus.Assigned when string.IsNullOrWhiteSpace(request.Unit):
                errors.Add("กรุณาระบุหน่วยงาน / Name the unit");
                break;
            case CaseStatus.Investigation when !Severities.ContainsKey(request.Outcome ?? ""):
                errors.Add("กรุณาเลือกระดับความร้ายแรง / Choose minor or serious");
                break;
            case CaseStatus.Concluded when !Conclusions.ContainsKey(request.Outcome ?? ""):
                errors.Add("กรุณาเลือกผลการพิจารณา / Choose a conclusion");
                break;
            case CaseStatus.Concluded when request.Outcome == "substantiated" && string.IsNullOrWhiteSpace(request.ActionTaken):
                errors.Add("กรุณาระบุการดำเนินการที่ได้ทำ / State the action taken");
                break;
        }

        return errors;
    }
}
