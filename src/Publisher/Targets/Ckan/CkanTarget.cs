using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Hub.Publisher.Targets.Ckan;

/// <summary>
/// Pushes the open data to a CKAN catalogue. CKAN has no transactions across calls, so "atomic" here means: every
/// new file is first uploaded as an extra staging resource (resource_create), then one package_patch carrying the
/// metadata and the complete new resource list switches the dataset over; CKAN applies that call in one database
/// transaction and drops the old resources (regulation.md OD-5). Until the switch readers see the old resources
/// (plus, briefly, staging ones marked as such); if anything fails before it, the staged uploads are deleted and the
/// old resources stay. What it cannot promise: the staging resources are visible while uploading, and a download
/// that started before the switch finishes with the old file.
/// </summary>
public sealed class CkanTarget(CkanClient ckan, IOptions<PublisherOptions> options, TimeProvider clock) : IPublishTarget
{
    public string Name => "ckan";
    public bool SnapshotOnly => true;

    public async Task PushAsync(SiteRelease release, CancellationToken cancellationToken)
    {
        var settings = options.Value.Ckan;
        var now = clock.GetUtcNow();
        var metadata = CkanMetadata.Dataset(settings, release, now);
        var resources = CkanMetadata.Resources(release, now).ToList();
        var dataset = await ShowOrCreateAsync(settings.Dataset, metadata, cancellationToken);
        var datasetId = dataset.GetProperty("id").GetString()!;
        var staged = new List<JsonObject>();
        try
        {
            var stagingTag = Guid.NewGuid().ToString("N")[..8];
            foreach (var resource in resources)
            {
                var fields = new Dictionary<string, string>(resource.Fields) { ["package_id"] = datasetId, ["name"] = $"{resource.Name} (staging {stagingTag})" };
                var created = await ckan.UploadAsync("resource_create", fields, resource.Name, resource.Content, cancellationToken);
                var final = JsonNode.Parse(created.GetRawText())!.AsObject();
                final["name"] = resource.Name;
                staged.Add(final);
            }

            var patch = new Dictionary<string, object?>(metadata) { ["id"] = datasetId, ["resources"] = staged };
            await ckan.CallAsync("package_patch", patch, cancellationToken);
        }
        catch
        {
            await DeleteStagedAsync(staged);
            throw;
        }
    }

    async Task<JsonElement> ShowOrCreateAsync(string name, Dictionary<string, object?> metadata, CancellationToken cancellationToken)
    {
        try
        {
            return await ckan.CallAsync("package_show", new { id = name }, cancellationToken);
        }
        catch (CkanException e) when (e.ErrorType == CkanClient.NotFound)
        {
            return await ckan.CallAsync("package_create", metadata, cancellationToken);
        }
    }

    async Task DeleteStagedAsync(List<JsonObject> staged)
    {
        foreach (var id in staged.Select(s => s["id"]?.GetValue<string>()).OfType<string>())
        {
            try
            {
                await ckan.CallAsync("resource_delete", new { id }, CancellationToken.None);
            }
            catch (Exception e) when (e is CkanException or HttpRequestException)
            {
                // Left over staging resources are dropped by the next successful package_patch.
            }
        }
    }
}
