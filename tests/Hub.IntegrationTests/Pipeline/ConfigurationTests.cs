using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Pipeline;

/// <summary>A wrong setting stops Hub at start with a message naming it, before anything is served or stored.</summary>
public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("Hub:Database:Provider", "Oracle", "Hub:Database:Provider")]
    [InlineData("Hub:Database:Provider", "Postgres", "Hub:Database:ConnectionString")]
    [InlineData("Hub:Transport:Kind", "Kafka", "Hub:Transport:Kind")]
    [InlineData("Hub:Transport:RabbitMq:Port", "70000", "Hub:Transport:RabbitMq:Port")]
    [InlineData("Hub:Publisher:StatisticsCron", "every hour", "Hub:Publisher:StatisticsCron")]
    public async Task A_wrong_setting_fails_fast_naming_the_setting(string key, string value, string named)
    {
        using var directory = new TempDirectory();
        var settings = HubSettings.Embedded(directory).With(new Dictionary<string, string?> { [key] = value, ["Hub:Transport:Kind"] = key == "Hub:Transport:Kind" ? value : "RabbitMq" });
        if (key == "Hub:Database:Provider" && value == "Postgres")
        {
            settings.Remove("Hub:Database:ConnectionString");
        }

        var (exitCode, output) = await HubProcess.RunVerbAsync(["run", "all", $"--urls=http://127.0.0.1:{HubSettings.FreePort()}"], settings, directory.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("Configuration error", output, StringComparison.Ordinal);
        Assert.Contains(named, output, StringComparison.Ordinal);
        Assert.False(File.Exists(directory["hub.db"]), "nothing may be created before the configuration is valid");
    }
}
