using Hub.CaseStore.Persistence;
using Hub.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>The real Hub host, composed exactly as <c>hub run</c> does, started in the test process on a free port.</summary>
public sealed class EmbeddedHub : IAsyncDisposable
{
    EmbeddedHub(WebApplication app)
    {
        App = app;
        var address = app.Urls.First();
        Http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public WebApplication App { get; }
    public HttpClient Http { get; }
    public IServiceProvider Services => App.Services;

    public static async Task<EmbeddedHub> StartAsync(IReadOnlyDictionary<string, string?> settings, HubRoles roles = HubRoles.All, Action<WebApplicationBuilder>? configure = null)
    {
        var all = new Dictionary<string, string?>(settings) { ["urls"] = "http://127.0.0.1:0" };
        var app = HubWebHost.Build(HubSettings.AsArguments(all), roles, configure);
        await app.Services.MigrateHubDatabaseAsync();
        await app.StartAsync();
        return new EmbeddedHub(app);
    }

    public async Task<T> WithDbAsync<T>(Func<HubDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
