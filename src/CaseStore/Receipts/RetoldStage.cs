using Hub.CaseStore.Cases;
using Hub.CaseStore.Staff;

namespace Hub.CaseStore.Receipts;

/// <summary>
/// What a receipt may say about a complaint that joined a case someone else opened (a retelling, a near-duplicate, a
/// staff merge). Its reporter learns what happened to their own report — received, under review, concluded — from
/// what staff did after it arrived, never the case's number or the stage it had already reached: otherwise an anonymous
/// probe could retell an incident and learn from the receipt whether it is already under investigation.
/// </summary>
public static class RetoldStage
{
    /// <summary>Reasons under which the complaint's reporter is the case's own: they opened it, or added to their own report.</summary>
    static readonly HashSet<string> OwnReasons = new(StringComparer.Ordinal) { "opened", FollowUpResolver.LinkReason, CaseLinking.SplitReason };

    public static bool IsOwnCase(string linkReason) => OwnReasons.Contains(linkReason);

    public static readonly string[] StatusKinds = Enum.GetValues<CaseStatus>().Select(CaseWork.StatusKind).ToArray();

    /// <param name="latestKindSince">The kind of the last status event of the case after the complaint was received, if any.</param>
    public static (string Status, string StatusTh) Of(string? latestKindSince) => latestKindSince switch
    {
        null => ("Received", StatusNames.Thai(CaseStatus.Received)),
        _ when latestKindSince == CaseWork.StatusKind(CaseStatus.Concluded) || latestKindSince == CaseWork.StatusKind(CaseStatus.Closed)
            => ("Concluded", StatusNames.Thai(CaseStatus.Concluded)),
        _ => ("UnderReview", "อยู่ระหว่างพิจารณา"),
    };
}
