using Hub.Cli;

namespace Hub.Tests.Operations;

public class AdapterCommandTests
{
    [Fact]
    public void Adapters_pause_and_resume_name_one_adapter_and_list_is_the_default()
    {
        var pause = Assert.IsType<HubCommand.Adapters>(HubCommand.Parse(["adapters", "pause", "email:complaints", "--Hub:Database:Provider=Sqlite"]));
        Assert.Equal(("pause", "email:complaints"), (pause.Action, pause.Adapter));
        Assert.Equal(["--Hub:Database:Provider=Sqlite"], pause.ConfigurationArgs);
        Assert.Equal("resume", Assert.IsType<HubCommand.Adapters>(HubCommand.Parse(["adapters", "resume", "telegram"])).Action);
        Assert.Equal("list", Assert.IsType<HubCommand.Adapters>(HubCommand.Parse(["adapters"])).Action);
        Assert.IsType<HubCommand.Usage>(HubCommand.Parse(["adapters", "pause"]));
        Assert.IsType<HubCommand.Usage>(HubCommand.Parse(["adapters", "stop", "telegram"]));
    }
}
