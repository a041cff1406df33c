using System.Net;

namespace Hub.Ingestion.Traffy.Webhooks;

/// <summary>The addresses Traffy's webhooks may come from (<see cref="Feeds.TraffyOptions.AllowedSources"/>): single IPs or CIDR blocks.</summary>
public sealed class WebhookSources(IEnumerable<string> allowed)
{
    readonly IPNetwork[] networks = allowed.Select(Parse).ToArray();

    public bool Allows(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        // Kestrel on a dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d.
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return networks.Any(n => n.Contains(plain));
    }

    static IPNetwork Parse(string source) =>
        IPNetwork.TryParse(source, out var network) ? network
        : IPAddress.Parse(source) is var address ? new IPNetwork(address, address.GetAddressBytes().Length * 8)
        : throw new FormatException();
}
