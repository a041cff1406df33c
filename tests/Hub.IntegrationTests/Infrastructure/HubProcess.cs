using System.Diagnostics;
using System.Text;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>
/// Hub as its own operating-system process (<c>dotnet hub.dll …</c>), as in the distributed mode. Settings are
/// passed as <c>Hub__…</c> environment variables, the way an operator configures a service.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    readonly Process process;
    readonly StringBuilder output = new();

    HubProcess(Process process, Uri? baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri? BaseAddress { get; }
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static string HubDll => Path.Combine(AppContext.BaseDirectory, "hub.dll");

    /// <summary>Starts <c>hub run &lt;service&gt;</c> on a free loopback port and waits until it answers /health/live.</summary>
    /// <param name="startTimeout">Default 60 s; a test that starts many processes on a busy machine may allow more.</param>
    public static async Task<HubProcess> StartServiceAsync(string service, IReadOnlyDictionary<string, string?> settings, string workingDirectory, TimeSpan? startTimeout = null)
    {
        var port = HubSettings.FreePort();
        var hub = new HubProcess(Start(["run", service, $"--urls=http://127.0.0.1:{port}"], settings, workingDirectory), new Uri($"http://127.0.0.1:{port}"));
        hub.Capture();
        using var http = new HttpClient { BaseAddress = hub.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        await Eventually.Get(async () =>
        {
            if (hub.process.HasExited)
            {
                throw new InvalidOperationException($"hub run {service} exited with {hub.process.ExitCode}:\n{hub.Output}");
            }

            try
            {
                return (await http.GetAsync(new Uri("/health/live", UriKind.Relative))).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
            catch (TaskCanceledException)
            {
                return false;
            }
        }, up => up, startTimeout ?? TimeSpan.FromSeconds(60), $"hub run {service} to start");
        return hub;
    }

    /// <summary>Runs a one-off verb to completion and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunVerbAsync(string[] verb, IReadOnlyDictionary<string, string?> settings, string workingDirectory)
    {
        var hub = new HubProcess(Start(verb, settings, workingDirectory), null);
        hub.Capture();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await hub.process.WaitForExitAsync(timeout.Token);
        hub.process.WaitForExit();
        return (hub.process.ExitCode, hub.Output);
    }

    /// <summary>kill -9: no shutdown hooks, no draining, as in a crash.</summary>
    public void Kill() => process.Kill(entireProcessTree: true);

    static Process Start(string[] arguments, IReadOnlyDictionary<string, string?> settings, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HubDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet hub.dll.");
    }

    void Capture()
    {
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
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
