using System.Net;
using Hub.Ingestion.Traffy.Exchange;
using Hub.Ingestion.Traffy.Feeds;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Tests.Traffy;

public sealed class TraffyExchangeClientTests
{
    static readonly DateTimeOffset Start = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    static IOptions<TraffyOptions> Settings(TimeSpan? renewBefore = null) => Options.Create(new TraffyOptions
    {
        Mode = TraffyMode.Exchange,
        ExchangeBaseUrl = new Uri("http://traffy.test/exchange-api/"),
        User = "u",
        Password = "p",
        TokenRenewBefore = renewBefore ?? TimeSpan.FromMinutes(5),
        RetryAttempts = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
    });

    static TraffyExchangeToken Tokens(StubTraffyServer server, FakeTimeProvider clock, IOptions<TraffyOptions> settings)
    {
        var status = new TraffyFeedStatus(clock);
        // get-auth below reports no quota, so the quota never reads its cursor
        var quota = new TraffyQuota(new TraffyCursors(null!, clock), status, settings, clock, NullLogger<TraffyQuota>.Instance);
        return new TraffyExchangeToken(new TraffyHttp(server, settings, TimeProvider.System), quota, settings, clock);
    }

    [Fact]
    public async Task The_token_is_kept_until_shortly_before_it_expires_and_then_renewed_before_it_lapses()
    {
        var clock = new FakeTimeProvider(Start);
        var issued = 0;
        var server = new StubTraffyServer(_ =>
        {
            issued++;
            var expires = clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds();
            return (HttpStatusCode.OK, $$"""{"status":"success","results":{"token":"t{{issued}}","expire_timestamp":{{expires}} } }""");
        });
        var tokens = Tokens(server, clock, Settings(TimeSpan.FromMinutes(5)));

        Assert.Equal("t1", await tokens.GetAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("t1", await tokens.GetAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        // 55 minutes in: less than 5 minutes left, so a new token, though the old one has not expired yet
        Assert.Equal("t2", await tokens.GetAsync(CancellationToken.None));
        Assert.Equal(2, server.Requests.Count);

        tokens.Drop("t2");
        Assert.Equal("t3", await tokens.GetAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Refused_credentials_are_not_retried_and_say_so_without_traffys_message()
    {
        var server = new StubTraffyServer(_ => (HttpStatusCode.OK, """{"status":"fail","message":"Invalid username or password for สมชาย"}"""));
        var tokens = Tokens(server, new FakeTimeProvider(Start), Settings());

        var failure = await Assert.ThrowsAsync<TraffyFeedException>(() => tokens.GetAsync(CancellationToken.None));

        Assert.Equal(TraffyFailure.Refused, failure.Kind);
        Assert.DoesNotContain("สมชาย", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(429, """{}""", TraffyFailure.RateLimited, 3)]
    [InlineData(500, """{}""", TraffyFailure.ServerError, 3)]
    [InlineData(200, """{"status":"fail","message":"Internal error"}""", TraffyFailure.Fail, 3)]
    [InlineData(200, """{"status":"fail","message":"This token has expired"}""", TraffyFailure.TokenExpired, 3)]
    [InlineData(200, """{"status":"fail","message":"Running out of API usage quota"}""", TraffyFailure.QuotaExhausted, 1)]
    [InlineData(403, """{}""", TraffyFailure.Refused, 1)]
    public async Task Answers_are_classified_and_only_transient_ones_are_retried(int status, string json, TraffyFailure expected, int attempts)
    {
        var server = new StubTraffyServer(_ => ((HttpStatusCode)status, json));
        var http = new TraffyHttp(server, Settings(), TimeProvider.System);

        var failure = await Assert.ThrowsAsync<TraffyFeedException>(() =>
            http.SendAsync(_ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "http://traffy.test/x")), CancellationToken.None));

        Assert.Equal(expected, failure.Kind);
        Assert.Equal(attempts, server.Requests.Count);
    }

    [Fact]
    public async Task A_transient_failure_followed_by_an_answer_gives_the_answer()
    {
        var calls = 0;
        var server = new StubTraffyServer(_ => ++calls == 1 ? (HttpStatusCode.TooManyRequests, "{}") : (HttpStatusCode.Created, """{"status":true,"total":1,"results":[]}"""));
        var http = new TraffyHttp(server, Settings(), TimeProvider.System);

        var answer = await http.SendAsync(_ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "http://traffy.test/x")), CancellationToken.None);

        Assert.Equal(1, (int)answer["total"]!);
        Assert.Equal(2, calls);
    }

    [Theory]
    [InlineData("1795149600", "2026-11-20T04:40:00.0000000+00:00")]
    [InlineData("1795149600000", "2026-11-20T04:40:00.0000000+00:00")]
    [InlineData("\"2026-11-20 11:40:00\"", "2026-11-20T04:40:00.0000000+00:00")]
    public void Expiry_is_read_as_unix_seconds_milliseconds_or_bangkok_time(string json, string expected)
    {
        var expiry = TraffyExchangeToken.ExpiryOf(System.Text.Json.Nodes.JsonNode.Parse(json));
        Assert.Equal(expected, expiry!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }
}
