using Hub.Publisher.Disclosure;

namespace Hub.Publisher.Targets;

/// <summary>A place the public site goes. A push either completes or leaves the previous release in place.</summary>
public interface IPublishTarget
{
    /// <summary>Short operator-facing name, stored in publish_runs.</summary>
    string Name { get; }

    /// <summary>Pushed by the monthly ITA snapshot and by <c>hub publish now</c> only (catalogues want monthly, not hourly, updates).</summary>
    bool SnapshotOnly { get; }

    Task PushAsync(SiteRelease release, CancellationToken cancellationToken);
}

/// <summary>One rendered release: every file of the site and the protected statistics they came from.</summary>
public sealed record SiteRelease(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<PublicRelease> Years)
{
    public PublicRelease Current => Years.MaxBy(y => y.Ita.FiscalYear)!;
}
