using System.Text.RegularExpressions;
using Hub.Contracts.Complaints;
using Hub.Ingestion.Accepting;
using Hub.Normalizer.Classification;
using Hub.Normalizer.Text;

namespace Hub.Ingestion.Traffy;

/// <summary>
/// Decides which Traffy tickets allege misconduct by BMA officials. Hub takes those as complaints; the other 98% are
/// ordinary service requests that stay in Traffy. The decision is the normalizer's classifier, plus Traffy's own
/// routing to its anti-corruption organisation, which is already a human's judgement.
/// </summary>
public static partial class TraffyScreen
{
    public static bool AllegesMisconduct(TraffyTicketRecord ticket)
    {
        if (ticket.Text.Length == 0 || ticket.Hidden)
        {
            return false;
        }

        if (ticket.RoutedToTransparentBangkok)
        {
            return true;
        }

        // Only the category decision: PII, unit and fingerprint are the normalizer's work once a complaint exists.
        return CategoryClassifier.Shipped.Classify(ThaiCanonicalizer.Canonicalize(ticket.Text)).IsCorruption;
    }

    public static ComplaintLocation? LocationOf(TraffyTicketRecord ticket) =>
        ticket.District is null && ticket.Latitude is null ? null : new ComplaintLocation(ticket.District, ticket.Latitude, ticket.Longitude);

    /// <summary>
    /// The ticket's own number, the 1555 number when the 1555 centre entered it (bare six-character ids, <c>#1555</c>)
    /// and every number its text quotes.
    /// </summary>
    public static IReadOnlyList<string> ReferencesOf(TraffyTicketRecord ticket)
    {
        var references = new List<string> { ReferenceNumbers.Traffy(ticket.TicketId) };
        if (BareHotlineId().IsMatch(ticket.TicketId))
        {
            references.Add(ReferenceNumbers.Hotline1555(ticket.TicketId));
        }

        references.AddRange(ReferenceNumbers.Extract(ticket.Text));
        return references.Distinct(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex("^[A-Z0-9]{6}$")]
    private static partial Regex BareHotlineId();
}
