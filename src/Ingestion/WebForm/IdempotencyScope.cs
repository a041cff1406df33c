using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Hub.Ingestion.WebForm;

/// <summary>
/// The channel message id of a web-form complaint sent with an <c>Idempotency-Key</c>: the key together with what was
/// said. A retry of the same submission finds its first receipt; a second reporter whose client happens to reuse the key
/// for another complaint gets a receipt of their own instead of the first reporter's (and no complaint is lost). The
/// contact is left out so the stored id cannot be used to confirm a guessed address.
/// </summary>
public static class IdempotencyScope
{
    public static string MessageId(string key, WebFormRequest request)
    {
        var content = JsonSerializer.Serialize(new object?[] { key.Trim(), request.Text, request.Subject, request.Anonymous, request.Location?.District });
        return "key:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }
}
