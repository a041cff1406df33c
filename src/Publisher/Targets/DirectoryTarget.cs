using Microsoft.Extensions.Options;

namespace Hub.Publisher.Targets;

/// <summary>The local output folder, swapped atomically by <see cref="AtomicSiteWriter"/>.</summary>
public sealed class DirectoryTarget(IOptions<PublisherOptions> options) : IPublishTarget
{
    public string Name => "directory";
    public bool SnapshotOnly => false;

    public Task PushAsync(SiteRelease release, CancellationToken cancellationToken)
    {
        AtomicSiteWriter.Publish(options.Value.OutputDirectory, release.Files, options.Value.KeepReleases);
        return Task.CompletedTask;
    }
}
