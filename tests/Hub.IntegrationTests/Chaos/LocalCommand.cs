using System.Diagnostics;

namespace Hub.IntegrationTests.Chaos;

/// <summary>Runs a server's own control tool (pg_ctl, rabbitmqctl) to completion; a failure carries its output.</summary>
static class LocalCommand
{
    public static bool IsRoot => Environment.UserName == "root";

    public static ProcessStartInfo Info(string file, IEnumerable<string> arguments, string? asUser = null)
    {
        // PostgreSQL refuses to run as root; a root run (a container) hands the cluster to the postgres account.
        var start = asUser is not null && IsRoot ? new ProcessStartInfo("runuser") { ArgumentList = { "-u", asUser, "--", file } } : new ProcessStartInfo(file);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        return start;
    }

    public static async Task RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish in {timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}
