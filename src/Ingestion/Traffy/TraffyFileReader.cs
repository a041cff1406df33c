using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Ingestion.Accepting;
using Hub.Normalizer.Classification;

namespace Hub.Ingestion.Traffy;

/// <summary>One record of an import file: a ticket, or why that record could not be read.</summary>
public sealed record TraffyFileRow(int Number, TraffyTicketRecord? Ticket, string? Error);

/// <summary>
/// Reads every Traffy file format Hub knows, deciding by content: JSON (share/search and Exchange envelopes with
/// <c>results</c>, geojson FeatureCollections, or a bare array) and CSV (the dump, the API-flat file and the monthly
/// download), columns mapped by header name. A bad record is reported and the others are still read.
/// </summary>
public static class TraffyFileReader
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="InvalidDataException">The file as a whole cannot be read (not UTF-8, broken JSON); says where.</exception>
    public static IReadOnlyList<TraffyFileRow> Read(byte[] content, TimeSpan offsetWhenMissing)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidDataException($"ไฟล์ไม่ได้เข้ารหัส UTF-8 / The file is not UTF-8 (invalid byte at position {ex.Index}); save it as UTF-8.", ex);
        }

        var start = text.TrimStart();
        return start.StartsWith('{') || start.StartsWith('[') ? ReadJson(text, offsetWhenMissing) : ReadCsv(text, offsetWhenMissing);
    }

    static List<TraffyFileRow> ReadJson(string text, TimeSpan offsetWhenMissing)
    {
        var root = IntakeJson.Parse(text);

        var items = root switch
        {
            JsonArray array => array,
            JsonObject envelope when envelope["features"] is JsonArray features => features,
            JsonObject envelope when envelope["results"] is JsonArray results => results,
            JsonObject envelope when envelope["data"] is JsonArray data => data,
            JsonObject single when single.ContainsKey("ticket_id") => new JsonArray(single.DeepClone()),
            _ => throw new InvalidDataException("ไม่พบรายการเรื่อง / No tickets found: expected results[], features[] or an array."),
        };
        return items.Select((item, i) => item is JsonObject ticket
                ? new TraffyFileRow(i + 1, TraffyFields.Read(ticket, offsetWhenMissing), null)
                : new TraffyFileRow(i + 1, null, $"record {i + 1}: not a JSON object"))
            .ToList();
    }

    static List<TraffyFileRow> ReadCsv(string text, TimeSpan offsetWhenMissing)
    {
        using var reader = new StringReader(text);
        using var rows = CsvRows.Read(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new InvalidDataException("ไฟล์ว่าง / The file is empty.");
        }

        var header = rows.Current.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        if (!header.Contains("ticket_id"))
        {
            throw new InvalidDataException("ไม่พบคอลัมน์ ticket_id / The header has no ticket_id column.");
        }

        var result = new List<TraffyFileRow>();
        var number = 0;
        while (rows.MoveNext())
        {
            var cells = rows.Current;
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            number++;
            var ticket = new JsonObject();
            for (var i = 0; i < header.Length && i < cells.Length; i++)
            {
                ticket[header[i]] = cells[i];
            }

            result.Add(cells.Length > header.Length
                ? new TraffyFileRow(number, null, $"record {number}: {cells.Length} fields but the header has {header.Length}")
                : new TraffyFileRow(number, TraffyFields.Read(ticket, offsetWhenMissing), null));
        }

        return result;
    }
}
