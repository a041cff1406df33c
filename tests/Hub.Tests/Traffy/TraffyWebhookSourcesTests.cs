using System.ComponentModel.DataAnnotations;
using System.Net;
using Hub.Ingestion.Traffy.Feeds;
using Hub.Ingestion.Traffy.Webhooks;

namespace Hub.Tests.Traffy;

public sealed class TraffyWebhookSourcesTests
{
    [Theory]
    [InlineData("203.0.113.7", true)]
    [InlineData("::ffff:203.0.113.7", true)]
    [InlineData("203.0.113.8", false)]
    [InlineData("198.51.100.200", true)]
    [InlineData("198.51.101.1", false)]
    [InlineData("2001:db8::5", true)]
    [InlineData("2001:db9::5", false)]
    public void Single_addresses_and_cidr_blocks_are_allowed_and_nothing_else(string address, bool allowed)
    {
        var sources = new WebhookSources(["203.0.113.7", "198.51.100.0/24", "2001:db8::/32"]);
        Assert.Equal(allowed, sources.Allows(IPAddress.Parse(address)));
    }

    [Fact]
    public void No_address_is_never_allowed() => Assert.False(new WebhookSources(["0.0.0.0/0"]).Allows(null));

    [Fact]
    public void Exchange_mode_needs_credentials_and_allowed_sources_must_parse()
    {
        var options = new TraffyOptions { Mode = TraffyMode.Exchange, AllowedSources = ["10.0.0.0/8", "traffy.in.th"] };

        var errors = options.Validate(new ValidationContext(options)).Select(e => e.ErrorMessage).ToList();

        Assert.Contains(errors, e => e!.Contains("User and Password are required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e!.Contains("'traffy.in.th' is not an IP address", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e!.Contains("10.0.0.0/8", StringComparison.Ordinal));
        Assert.False(new TraffyOptions().WebhooksOpen);
        Assert.Empty(new TraffyOptions().Validate(new ValidationContext(new TraffyOptions())));
    }
}
