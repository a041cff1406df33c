using Hub.Cli;
using Hub.Hosting;

namespace Hub.Tests.Cli;

public class HubCommandTests
{
    [Fact]
    public void No_verb_runs_everything() =>
        Assert.Equal(HubRoles.All, Assert.IsType<HubCommand.Run>(HubCommand.Parse([])).Roles);

    [Fact]
    public void Run_takes_services_and_leaves_settings_for_configuration()
    {
        var run = Assert.IsType<HubCommand.Run>(HubCommand.Parse(["run", "normalizer", "casestore", "--urls=http://127.0.0.1:6000"]));
        Assert.Equal(HubRoles.Normalizer | HubRoles.CaseStore, run.Roles);
        Assert.Equal(["--urls=http://127.0.0.1:6000"], run.ConfigurationArgs);
    }

    [Fact]
    public void Export_accepts_jsonl_only()
    {
        Assert.IsType<HubCommand.ExportCases>(HubCommand.Parse(["cases", "export", "--format", "jsonl"]));
        Assert.IsType<HubCommand.Usage>(HubCommand.Parse(["cases", "export", "--format", "xml"]));
    }

    [Fact]
    public void Unknown_services_and_verbs_are_usage_errors()
    {
        Assert.Contains("teleport", Assert.IsType<HubCommand.Usage>(HubCommand.Parse(["run", "teleport"])).Error, StringComparison.Ordinal);
        Assert.IsType<HubCommand.Usage>(HubCommand.Parse(["fly"]));
    }

    [Fact]
    public void Audit_verify_takes_a_checkpoint_file_that_configuration_never_sees()
    {
        var verify = Assert.IsType<HubCommand.VerifyAudit>(HubCommand.Parse(["audit", "verify", "--checkpoint", "copy.json", "--Hub:Audit:ChainKey=k"]));
        Assert.Equal("copy.json", verify.CheckpointPath);
        Assert.Equal(["--Hub:Audit:ChainKey=k"], verify.ConfigurationArgs);
        Assert.Null(Assert.IsType<HubCommand.VerifyAudit>(HubCommand.Parse(["audit", "verify"])).CheckpointPath);
        Assert.IsType<HubCommand.CheckpointAudit>(HubCommand.Parse(["audit", "checkpoint"]));
    }
}
