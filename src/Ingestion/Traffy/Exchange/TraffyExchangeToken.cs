using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Ingestion.Traffy.Feeds;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Traffy.Exchange;

/// <summary>
/// The Exchange API's JWT from <c>get-auth/v1</c>, held and renewed <see cref="TraffyOptions.TokenRenewBefore"/>
/// before <c>expire_timestamp</c>, so no call goes out with a token about to lapse. One caller renews; the others wait.
/// </summary>
public sealed class TraffyExchangeToken(TraffyHttp http, TraffyQuota quota, IOptions<TraffyOptions> options, TimeProvider clock) : IDisposable
{
    readonly SemaphoreSlim gate = new(1, 1);
    volatile HeldToken? held;

    /// <summary>How many tokens were fetched since start, for tests and operators.</summary>
    public int Fetched { get; private set; }

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (held is { } token && clock.GetUtcNow() < token.ExpiresAt - settings.TokenRenewBefore)
            {
                return token.Value;
            }

            JsonObject answer;
            try
            {
                answer = await http.SendAsync(_ => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, new Uri(settings.ExchangeBaseUrl!, "get-auth/v1"))
                {
                    Content = JsonContent.Create(new { user = settings.User, pass = settings.Password }),
                }), cancellationToken);
            }
            catch (TraffyFeedException failure) when (failure.Kind is TraffyFailure.Fail or TraffyFailure.TokenExpired)
            {
                // get-auth answering "fail" means the credentials are wrong: retrying will not help, an operator must.
                throw new TraffyFeedException(TraffyFailure.Refused);
            }

            var results = answer["results"] as JsonObject;
            var value = results?["token"]?.GetValue<string>() ?? throw new TraffyFeedException(TraffyFailure.MalformedAnswer);
            held = new HeldToken(value, ExpiryOf(results!["expire_timestamp"]) ?? DateTimeOffset.MaxValue);
            Fetched++;
            await quota.ObserveAsync(results["quota_limit"], results["credit_balance"], cancellationToken);
            return value;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Traffy said the token expired early (a clock skew, a revoked token): the next call fetches a new one.</summary>
    public void Drop(string token)
    {
        if (held?.Value == token)
        {
            held = null;
        }
    }

    /// <summary>Unix seconds or milliseconds, or a date and time (Bangkok when it has no offset).</summary>
    public static DateTimeOffset? ExpiryOf(JsonNode? value)
    {
        if (value is JsonValue number && number.GetValueKind() == JsonValueKind.Number && number.TryGetValue<double>(out var unix))
        {
            return unix > 1e12 ? DateTimeOffset.FromUnixTimeMilliseconds((long)unix) : DateTimeOffset.FromUnixTimeSeconds((long)unix);
        }

        var text = value?.ToString();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
        {
            return digits > 1_000_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(digits) : DateTimeOffset.FromUnixTimeSeconds(digits);
        }

        return TraffyTime.TryParse(text, TraffyTime.Bangkok, out var utc) && utc is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null;
    }

    sealed record HeldToken(string Value, DateTimeOffset ExpiresAt);

    public void Dispose() => gate.Dispose();
}
