namespace Hub.Publisher.Targets;

/// <summary><c>Hub:Publisher:Http</c>: a WebDAV-style server the site is also pushed to; off while Url is empty.</summary>
public sealed class HttpPutOptions
{
    public Uri? Url { get; set; }

    /// <summary>Sent as the Authorization header value, e.g. "Basic …"; a secret, set it from the environment.</summary>
    public string? Authorization { get; set; }
}

/// <summary><c>Hub:Publisher:Ckan</c>: the open-data catalogue (data.go.th or BMA's own CKAN); off while Url is empty.</summary>
public sealed class CkanOptions
{
    public Uri? Url { get; set; }

    /// <summary>A CKAN API token (regulation.md OD-2); a secret, set it from the environment.</summary>
    public string? ApiToken { get; set; }

    public string Dataset { get; set; } = "bma-corruption-complaint-statistics";
    public string? OwnerOrg { get; set; }
    public string Maintainer { get; set; } = "ศูนย์ปฏิบัติการต่อต้านการทุจริต กรุงเทพมหานคร (ศปท.กทม.)";
    public string? MaintainerEmail { get; set; }
    public string LicenseId { get; set; } = "Open-Data-Common";

    public bool Enabled => Url is not null;
}
