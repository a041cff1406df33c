using System.Diagnostics;
using System.Net.Sockets;

namespace Hub.Cli.Bench;

/// <summary>This same hub binary started as another process (<c>hub run &lt;service&gt;</c>), configured through <c>Hub__…</c> variables.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    readonly Process process;

    ServiceProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ServiceProcess> StartAsync(string service, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ServiceProcess).Assembly.Location);
        }

        foreach (var argument in new[] { "run", service, $"--urls=http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start hub run {service}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var child = new ServiceProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await child.WaitUntilLiveAsync(service);
        return child;
    }

    async Task WaitUntilLiveAsync(string service)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync(new Uri("/health/live", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"hub run {service} did not become live.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
