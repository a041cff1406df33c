using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Ingestion.Accepting;

/// <summary>Parses a JSON file given to a door; a syntax error becomes a Thai/English message naming line and byte.</summary>
public static class IntakeJson
{
    public static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"JSON ไม่ถูกต้อง / Malformed JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}.", ex);
        }
    }
}
