using Hub.Cli;

namespace Hub.Tests.Traffy;

public sealed class TraffyImportCommandTests
{
    [Fact]
    public void Import_takes_a_file_a_zone_and_leaves_settings_for_configuration()
    {
        var import = Assert.IsType<HubCommand.TraffyImport>(HubCommand.Parse(["traffy", "import", "dump.csv", "--zone", "utc", "--Hub:Database:Provider=Sqlite"]));
        Assert.Equal("dump.csv", import.File);
        Assert.True(import.OffsetLessIsUtc);
        Assert.Equal(["--Hub:Database:Provider=Sqlite"], import.ConfigurationArgs);
        Assert.False(Assert.IsType<HubCommand.TraffyImport>(HubCommand.Parse(["traffy", "import", "geo.json"])).OffsetLessIsUtc);
    }

    [Fact]
    public void Import_without_a_file_or_with_an_unknown_zone_is_a_usage_error()
    {
        Assert.IsType<HubCommand.Usage>(HubCommand.Parse(["traffy", "import"]));
        Assert.IsType<HubCommand.Usage>(HubCommand.Parse(["traffy", "import", "a.csv", "--zone", "mars"]));
    }
}
