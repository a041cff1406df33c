using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Hub.Cli.Bench;

/// <summary>
/// <c>hub bench webform</c>: Hub embedded (<c>hub run all</c>, SQLite, in-memory bus) in a child process, loaded from
/// another process on loopback by wrk with what a browser's form submit sends: a urlencoded POST to /complaints.
/// That path has no rate limit or antiforgery token (the form works without JavaScript or cookies), so none is relaxed.
/// </summary>
public static partial class WebFormBench
{
    const string Script = """
        wrk.method = "POST"
        wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
        local n = 0
        request = function()
          n = n + 1
          local text = "%E0%B9%80%E0%B8%88%E0%B9%89%E0%B8%B2%E0%B8%AB%E0%B8%99%E0%B9%89%E0%B8%B2%E0%B8%97%E0%B8%B5%E0%B9%88%E0%B9%80%E0%B8%A3%E0%B8%B5%E0%B8%A2%E0%B8%81%E0%B9%80%E0%B8%87%E0%B8%B4%E0%B8%99+" .. n
          return wrk.format(nil, "/complaints", nil, "text=" .. text .. "&subject=&anonymous=true&district=")
        end
        """;

    public static async Task<int> RunAsync(HubCommand.BenchWebForm command)
    {
        var temp = Directory.CreateTempSubdirectory("hub-bench-webform-");
        try
        {
            await using var hub = await ServiceProcess.StartAsync("all", new Dictionary<string, string>
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Hub:Database:Provider"] = "Sqlite",
                ["Hub:Database:ConnectionString"] = $"Data Source={Path.Combine(temp.FullName, "hub.db")}",
                ["Hub:IdentityVault:DevelopmentKeyFile"] = Path.Combine(temp.FullName, "vault.json"),
                ["Hub:Publisher:OutputDirectory"] = Path.Combine(temp.FullName, "public"),
            });
            var script = Path.Combine(temp.FullName, "post.lua");
            await File.WriteAllTextAsync(script, Script);
            // The runtime recompiles hot code for about half a minute after start; measure the server it settles into.
            var warmUp = Math.Max(command.Seconds, 30);
            Console.WriteLine($"web form bench: wrk, {command.Connections} connections, {warmUp} s warm-up then {command.Seconds} s measured, POST /complaints against hub run all (SQLite)");
            await WrkAsync(script, hub.Address, command.Connections, warmUp);
            var output = await WrkAsync(script, hub.Address, command.Connections, command.Seconds);
            var rate = RequestsPerSecond().Match(output).Groups[1].Value;
            var p99 = Percentile99().Match(output).Groups[1].Value;
            var errors = NonSuccess().Match(output) is { Success: true } bad ? bad.Groups[1].Value : "0";
            Console.WriteLine($"requests/s     {rate}   (target ≥ 1,000)");
            Console.WriteLine($"p99            {p99}   (target ≤ 100 ms)");
            Console.WriteLine($"non-2xx        {errors}");
        }
        finally
        {
            temp.Delete(recursive: true);
        }

        return 0;
    }

    static async Task<string> WrkAsync(string script, Uri address, int connections, int seconds)
    {
        var start = new ProcessStartInfo("wrk") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "-s", script, address.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk is not installed: apt-get install wrk.");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        return output;
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"99%\s+([\d.]+\w+)")]
    private static partial Regex Percentile99();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();
}
