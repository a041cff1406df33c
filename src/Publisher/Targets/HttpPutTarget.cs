using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Hub.Publisher.Targets;

/// <summary>
/// A WebDAV-style server: the release is uploaded into a fresh staging collection (MKCOL + PUT), then switched in
/// with one MOVE (Overwrite: T) onto <c>{Url}site/</c>. A failure before the MOVE leaves the live collection
/// untouched and the staging one is deleted. Whether the MOVE itself is instantaneous is the server's business:
/// Apache mod_dav removes the old collection first, so readers can meet a brief 404, never a mix of releases.
/// </summary>
public sealed class HttpPutTarget(HttpClient http, IOptions<PublisherOptions> options) : IPublishTarget
{
    public string Name => "http";
    public bool SnapshotOnly => false;

    public async Task PushAsync(SiteRelease release, CancellationToken cancellationToken)
    {
        var settings = options.Value.Http;
        var root = settings.Url ?? throw new InvalidOperationException("Hub:Publisher:Http:Url is not set.");
        var staging = new Uri(root, $".staging-{Guid.NewGuid():N}/");
        try
        {
            await SendAsync(new HttpRequestMessage(new HttpMethod("MKCOL"), staging), settings, cancellationToken);
            var folders = release.Files.Keys.Select(Path.GetDirectoryName).Where(d => !string.IsNullOrEmpty(d)).Distinct().Order(StringComparer.Ordinal);
            foreach (var folder in folders)
            {
                await SendAsync(new HttpRequestMessage(new HttpMethod("MKCOL"), new Uri(staging, folder!.Replace('\\', '/') + "/")), settings, cancellationToken);
            }

            foreach (var (path, content) in release.Files)
            {
                var put = new HttpRequestMessage(HttpMethod.Put, new Uri(staging, path)) { Content = new ByteArrayContent(content) };
                put.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(MediaTypes.Of(path));
                await SendAsync(put, settings, cancellationToken);
            }

            var move = new HttpRequestMessage(new HttpMethod("MOVE"), staging);
            move.Headers.Add("Destination", new Uri(root, "site/").ToString());
            move.Headers.Add("Overwrite", "T");
            await SendAsync(move, settings, cancellationToken);
        }
        catch
        {
            await DeleteQuietlyAsync(staging, settings);
            throw;
        }
    }

    async Task SendAsync(HttpRequestMessage request, HttpPutOptions settings, CancellationToken cancellationToken)
    {
        using (request)
        {
            if (settings.Authorization is { Length: > 0 } authorization)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }

    async Task DeleteQuietlyAsync(Uri staging, HttpPutOptions settings)
    {
        try
        {
            await SendAsync(new HttpRequestMessage(HttpMethod.Delete, staging), settings, CancellationToken.None);
        }
        catch (HttpRequestException)
        {
            // The next successful push does not depend on it; an orphaned staging collection is only clutter.
        }
    }
}
