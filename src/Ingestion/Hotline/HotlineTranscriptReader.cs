using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Ingestion.Accepting;
using Hub.Normalizer.Classification;

namespace Hub.Ingestion.Hotline;

/// <summary>A transcript, or what is wrong with one record of the input (naming the record and field).</summary>
public sealed record HotlineRecord(string Location, HotlineTranscript? Transcript, IReadOnlyList<string> Errors);

/// <summary>
/// Reads transcripts from JSON (one object, an array, or <c>{"transcripts":[…]}</c>) or CSV (one row per turn,
/// consecutive rows with the same call_id form one call). Each bad record is reported; the good ones are still read.
/// </summary>
public static class HotlineTranscriptReader
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    static readonly string[] Speakers = ["caller", "operator"];

    /// <exception cref="InvalidDataException">The input as a whole is unreadable; the message says where.</exception>
    public static IReadOnlyList<HotlineRecord> Read(byte[] content)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidDataException($"ไฟล์ไม่ได้เข้ารหัส UTF-8 / Not UTF-8 (invalid byte at position {ex.Index}).", ex);
        }

        var start = text.TrimStart();
        return start.StartsWith('{') || start.StartsWith('[') ? ReadJson(text) : ReadCsv(text);
    }

    static List<HotlineRecord> ReadJson(string text)
    {
        var root = IntakeJson.Parse(text);

        var items = root switch
        {
            JsonArray array => array,
            JsonObject envelope when envelope["transcripts"] is JsonArray transcripts => transcripts,
            JsonObject single => new JsonArray(single.DeepClone()),
            _ => throw new InvalidDataException("ไม่พบบันทึกการโทร / No transcript: expected an object or an array."),
        };
        return items.Select((item, i) => item is JsonObject call
                ? FromJson($"record {i + 1}", call)
                : new HotlineRecord($"record {i + 1}", null, ["not a JSON object"]))
            .ToList();
    }

    public static HotlineRecord FromJson(string location, JsonObject call)
    {
        var turns = call["turns"] is JsonArray array
            ? array.Select(t => new HotlineTurn(Text(t?["speaker"]) ?? "", Text(t?["text"]) ?? "")).ToList()
            : [];
        return Build(location, name => Text(call[name]), turns);
    }

    static List<HotlineRecord> ReadCsv(string text)
    {
        using var reader = new StringReader(text);
        var rows = CsvRows.Read(reader).ToList();
        if (rows.Count == 0)
        {
            throw new InvalidDataException("ไฟล์ว่าง / The file is empty.");
        }

        var header = rows[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (!header.Contains("call_id"))
        {
            throw new InvalidDataException("ไม่พบคอลัมน์ call_id / The header has no call_id column.");
        }

        string? Cell(string[] row, string name) => header.IndexOf(name) is var at && at >= 0 && at < row.Length && !string.IsNullOrWhiteSpace(row[at]) ? row[at].Trim() : null;
        var records = new List<HotlineRecord>();
        var data = rows.Skip(1).Select((row, i) => (Row: row, Record: i + 1)).Where(r => r.Row.Any(c => c.Length > 0)).ToList();
        foreach (var call in data.GroupAdjacent(r => Cell(r.Row, "call_id") ?? ""))
        {
            var first = call[0].Row;
            var turns = call.Select(r => new HotlineTurn(Cell(r.Row, "speaker") ?? "", Cell(r.Row, "text") ?? "")).ToList();
            var span = call.Count == 1 ? $"record {call[0].Record}" : $"records {call[0].Record}-{call[^1].Record}";
            records.Add(Build(span, name => Cell(first, name), turns));
        }

        return records;
    }

    static IEnumerable<List<T>> GroupAdjacent<T>(this IEnumerable<T> items, Func<T, string> key)
    {
        var group = new List<T>();
        foreach (var item in items)
        {
            if (group.Count > 0 && key(group[0]) != key(item))
            {
                yield return group;
                group = [];
            }

            group.Add(item);
        }

        if (group.Count > 0)
        {
            yield return group;
        }
    }

    static HotlineRecord Build(string location, Func<string, string?> field, List<HotlineTurn> turns)
    {
        var errors = new List<string>();
        var callId = field("call_id");
        location = callId is null ? location : $"{location} (call {callId})";
        if (callId is null)
        {
            errors.Add("call_id: required");
        }

        if (!DateTimeOffset.TryParse(field("started_at"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var started) || field("started_at")?.Length < 19 || !HasOffset(field("started_at")))
        {
            errors.Add("started_at: required, ISO 8601 with an offset (2026-05-12T09:15:00+07:00)");
        }

        if (!int.TryParse(field("duration_seconds"), NumberStyles.None, CultureInfo.InvariantCulture, out var duration))
        {
            errors.Add("duration_seconds: required, a whole number of seconds");
        }

        var operatorId = field("operator_id");
        if (operatorId is null)
        {
            errors.Add("operator_id: required");
        }

        for (var i = 0; i < turns.Count; i++)
        {
            if (!Speakers.Contains(turns[i].Speaker))
            {
                errors.Add($"turns[{i}].speaker: must be caller or operator");
            }
        }

        if (!turns.Any(t => t.Speaker == "caller" && t.Text.Length > 0))
        {
            errors.Add("turns: at least one caller turn with text is required");
        }

        if (errors.Count > 0)
        {
            return new HotlineRecord(location, null, errors);
        }

        return new HotlineRecord(location, new HotlineTranscript
        {
            CallId = callId!,
            StartedAt = started,
            DurationSeconds = duration,
            CallerNumber = field("caller_number"),
            OperatorId = operatorId!,
            ReferenceNumber = field("reference_number"),
            District = field("district"),
            ReadBack = Flag(field("read_back")),
            CallerConfirmed = Flag(field("caller_confirmed")),
            Turns = turns.Where(t => t.Text.Length > 0).ToList(),
        }, []);
    }

    static bool HasOffset(string? value) =>
        value is not null && (value.EndsWith('Z') || value.LastIndexOfAny(['+', '-']) > 10);

    /// <summary>Anything but an explicit yes counts as no: an unclear confirmation must show as unconfirmed.</summary>
    static bool Flag(string? value) => value is not null && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value is "1" or "yes" or "ใช่");

    static string? Text(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() is JsonValueKind.String => NullIfBlank(value.GetValue<string>()),
        JsonValue value when value.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
        _ => null,
    };

    static string? NullIfBlank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
