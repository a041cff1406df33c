using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Ingestion.Traffy;

/// <summary>
/// Reads a ticket from any Traffy shape by field name: share/search results, geojson/v1 features, Exchange API
/// issues and webhooks, and CSV rows (given as a JSON object of strings). Missing, extra, empty and <c>null</c>
/// fields are normal; a field that is present but unreadable is named in <see cref="TraffyTicketRecord.FieldProblems"/>.
/// </summary>
public static class TraffyFields
{
    public static TraffyTicketRecord Read(JsonObject ticket, TimeSpan offsetWhenMissing)
    {
        var fields = ticket["properties"] as JsonObject ?? ticket;
        var problems = new List<string>();
        var (longitude, latitude) = Coordinates(ticket, fields, problems);
        return new TraffyTicketRecord
        {
            TicketId = Text(fields, "ticket_id") ?? "",
            Text = Text(fields, "description", "comment") ?? "",
            Organizations = List(fields, "org", "organization", "orgs"),
            Types = List(fields, "problem_type_fondue", "type", "problem_type_abdul", "type_name_th"),
            State = Text(fields, "state", "status") ?? "",
            Longitude = longitude,
            Latitude = latitude,
            District = Text(fields, "district"),
            CreatedAtUtc = Time(fields, "timestamp", offsetWhenMissing, problems),
            LastActivityUtc = Time(fields, "last_activity", offsetWhenMissing, problems),
            MessageId = long.TryParse(Text(fields, "message_id"), NumberStyles.None, CultureInfo.InvariantCulture, out var messageId) ? messageId : null,
            Hidden = fields["see_info"] is JsonValue seeInfo && seeInfo.TryGetValue<bool>(out var visible) && !visible,
            RawJson = ticket.ToJsonString(),
            FieldProblems = problems,
        };
    }

    static string? Text(JsonObject fields, params string[] names)
    {
        foreach (var name in names)
        {
            var text = fields[name] switch
            {
                JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
                JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.ToJsonString(),
                JsonArray array => string.Join(",", array.Select(a => a?.ToString()).Where(a => !string.IsNullOrWhiteSpace(a))),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text.Trim();
            }
        }

        return null;
    }

    /// <summary>Arrays, Postgres sets (<c>{ถนน,ทางเท้า}</c>), Python list reprs (<c>['ถนน']</c>) and comma-joined text.</summary>
    static List<string> List(JsonObject fields, params string[] names)
    {
        foreach (var name in names)
        {
            IEnumerable<string?> items = fields[name] switch
            {
                JsonArray array => array.Select(a => a is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : a?.ToJsonString()),
                JsonValue value when value.GetValueKind() == JsonValueKind.String => SplitListText(value.GetValue<string>()),
                _ => [],
            };
            var list = items.Select(i => i?.Trim().Trim('\'', '"').Trim()).Where(i => !string.IsNullOrEmpty(i)).Select(i => i!).ToList();
            if (list.Count > 0)
            {
                return list;
            }
        }

        return [];
    }

    static string[] SplitListText(string text) => text.Trim().TrimStart('{', '[').TrimEnd('}', ']').Split(',');

    static DateTime? Time(JsonObject fields, string name, TimeSpan offsetWhenMissing, List<string> problems)
    {
        var text = Text(fields, name);
        if (TraffyTime.TryParse(text, offsetWhenMissing, out var utc))
        {
            return utc;
        }

        problems.Add($"{name}: not a date and time");
        return null;
    }

    /// <summary>
    /// GeoJSON geometry, <c>coords</c> (array, "lon,lat" text or a Python repr) or latitude/longitude fields. Some
    /// converters write lat,lon, so the order is checked against Thailand's ranges rather than trusted.
    /// </summary>
    static (double? Longitude, double? Latitude) Coordinates(JsonObject ticket, JsonObject fields, List<string> problems)
    {
        string[] pair = ticket["geometry"]?["coordinates"] is JsonArray geometry ? [.. geometry.Select(g => g?.ToString() ?? "")]
            : fields["coords"] is JsonArray coords ? [.. coords.Select(c => c?.ToString() ?? "")]
            : Text(fields, "coords") is { } coordsText ? SplitListText(coordsText)
            : [Text(fields, "longitude", "lon", "lng") ?? "", Text(fields, "latitude", "lat") ?? ""];
        if (pair.All(string.IsNullOrWhiteSpace))
        {
            return (null, null);
        }

        if (pair.Length != 2 || !Number(pair[0], out var first) || !Number(pair[1], out var second))
        {
            problems.Add("coords: not a longitude,latitude pair");
            return (null, null);
        }

        if (IsLongitude(first) && IsLatitude(second))
        {
            return (first, second);
        }

        if (IsLatitude(first) && IsLongitude(second))
        {
            return (second, first);
        }

        problems.Add("coords: outside Thailand");
        return (null, null);
    }

    static bool Number(string text, out double value) =>
        double.TryParse(text.Trim().Trim('\'', '"'), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    static bool IsLongitude(double value) => value is >= 97 and <= 106;

    static bool IsLatitude(double value) => value is >= 5 and <= 21;
}
