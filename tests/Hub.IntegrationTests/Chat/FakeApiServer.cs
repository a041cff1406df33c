using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hub.IntegrationTests.Chat;

/// <summary>A Kestrel server on 127.0.0.1 inside the test, answering with one request handler: the base of the platform fakes.</summary>
public abstract class FakeApiServer : IAsyncDisposable
{
    WebApplication? app;

    public Uri BaseUrl { get; private set; } = null!;

    protected async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync();
        BaseUrl = new Uri(app.Urls.First());
    }

    protected abstract Task HandleAsync(HttpContext context);

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>A failure the fake answers instead of doing its job; <paramref name="ProcessAnyway"/> does the job and then fails, as a lost response.</summary>
public sealed record Fault(int Status, int? RetryAfterSeconds = null, bool ProcessAnyway = false);
