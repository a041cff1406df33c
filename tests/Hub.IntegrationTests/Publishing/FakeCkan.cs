using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hub.IntegrationTests.Publishing;

/// <summary>
/// An in-process CKAN speaking the Action API (POST /api/3/action/{action}; {"success":true,"result":…} or
/// {"success":false,"error":{"__type":…}}) for the actions the publisher uses, with package_patch semantics:
/// a sent resources list replaces the dataset's resources.
/// </summary>
public sealed class FakeCkan : IAsyncDisposable
{
    readonly WebApplication app;
    readonly object gate = new();
    readonly Dictionary<string, JsonObject> packages = [];
    readonly Dictionary<string, byte[]> uploads = [];
    int resourceCreates;

    FakeCkan(WebApplication app) => this.app = app;

    public const string Token = "test-api-token";
    public Uri Url => new(app.Urls.First() + "/");
    public List<string> Calls { get; } = [];

    /// <summary>When set, resource_create number N of the run (1-based) and every later one fail with a server error.</summary>
    public int? FailResourceCreateFrom { get; set; }

    public static async Task<FakeCkan> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeCkan(app);
        app.MapPost("/api/3/action/{action}", (string action, HttpContext context) => fake.HandleAsync(action, context));
        await app.StartAsync();
        return fake;
    }

    public JsonObject? Package(string name)
    {
        lock (gate)
        {
            return packages.TryGetValue(name, out var p) ? (JsonObject)p.DeepClone() : null;
        }
    }

    public byte[] Upload(string resourceId)
    {
        lock (gate)
        {
            return uploads[resourceId];
        }
    }

    public void ResetResourceCreates() => resourceCreates = 0;

    async Task<IResult> HandleAsync(string action, HttpContext context)
    {
        if (context.Request.Headers.Authorization != Token)
        {
            return Error(403, "Authorization Error");
        }

        JsonObject input;
        byte[]? upload = null;
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync();
            input = [];
            foreach (var (key, value) in form)
            {
                input[key] = value.ToString();
            }

            if (form.Files["upload"] is { } file)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                upload = buffer.ToArray();
                input["url"] = file.FileName;
            }
        }
        else
        {
            input = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        }

        lock (gate)
        {
            Calls.Add(action);
            return action switch
            {
                "package_show" => Find(input["id"]!.GetValue<string>()) is { } p ? Ok(p) : Error(404, "Not Found Error"),
                "package_create" => Create(input),
                "package_patch" => Patch(input),
                "resource_create" => CreateResource(input, upload),
                "resource_delete" => DeleteResource(input["id"]!.GetValue<string>()),
                _ => Error(400, "Validation Error"),
            };
        }
    }

    JsonObject? Find(string idOrName) => packages.Values.FirstOrDefault(p => p["id"]!.GetValue<string>() == idOrName || p["name"]!.GetValue<string>() == idOrName);

    IResult Create(JsonObject input)
    {
        input["id"] = Guid.NewGuid().ToString();
        input["resources"] = new JsonArray();
        packages[input["name"]!.GetValue<string>()] = input;
        return Ok(input);
    }

    IResult Patch(JsonObject input)
    {
        if (Find(input["id"]!.GetValue<string>()) is not { } package)
        {
            return Error(404, "Not Found Error");
        }

        foreach (var (key, value) in input)
        {
            package[key] = value?.DeepClone();
        }

        return Ok(package);
    }

    IResult CreateResource(JsonObject input, byte[]? upload)
    {
        resourceCreates++;
        if (resourceCreates >= FailResourceCreateFrom)
        {
            return Error(500, "Internal Server Error");
        }

        if (Find(input["package_id"]!.GetValue<string>()) is not { } package || upload is null)
        {
            return Error(409, "Validation Error");
        }

        var id = Guid.NewGuid().ToString();
        input["id"] = id;
        input["url_type"] = "upload";
        input["url"] = $"{Url}dataset/{package["name"]}/resource/{id}/download/{input["url"]}";
        uploads[id] = upload;
        package["resources"]!.AsArray().Add(input.DeepClone());
        return Ok(input);
    }

    IResult DeleteResource(string id)
    {
        foreach (var package in packages.Values)
        {
            var resources = package["resources"]!.AsArray();
            var found = resources.FirstOrDefault(r => r!["id"]!.GetValue<string>() == id);
            resources.Remove(found);
        }

        return Ok(null);
    }

    static IResult Ok(JsonNode? result) => Results.Json(new JsonObject { ["success"] = true, ["result"] = result?.DeepClone() });

    static IResult Error(int status, string type) => Results.Json(
        new JsonObject { ["success"] = false, ["error"] = new JsonObject { ["__type"] = type, ["message"] = type } }, statusCode: status);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
