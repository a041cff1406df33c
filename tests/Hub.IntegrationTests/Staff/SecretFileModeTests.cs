using Hub.Cli;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Staff;

/// <summary>Issue #18: the files Hub creates that hold secrets or personal data are readable by their owner only.</summary>
public class SecretFileModeTests
{
    const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task The_vault_key_the_chain_key_the_checkpoints_the_database_and_the_sealed_letters_are_0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var directory = new TempDirectory();
        await using (var hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory)))
        {
            await hub.Http.FileComplaintAsync(new { text = "เรื่องทดสอบสิทธิ์ไฟล์", anonymous = true });
        }

        string[] settings = [.. HubSettings.AsArguments(HubSettings.Embedded(directory))];
        Assert.Equal(0, await AuditVerbs.CheckpointAsync(new HubCommand.CheckpointAudit(settings)));
        var csv = directory["units.csv"];
        await File.WriteAllTextAsync(csv, "unit,name,position,email,phone,role\n,สมชาย,เจ้าหน้าที่,letters@bangkok.go.th,,center\n");
        var letters = directory["sealed-letters.html"];
        await File.WriteAllTextAsync(letters, "old copy");
        File.SetUnixFileMode(letters, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        Assert.Equal(0, await StaffVerbs.ImportAsync(new HubCommand.ImportUsers(csv, letters, settings)));

        foreach (var file in new[] { "keys/identity-vault.json", "keys/audit-chain.key", "audit/checkpoints.jsonl", "hub.db", "sealed-letters.html" })
        {
            Assert.True(File.GetUnixFileMode(directory[file]) == OwnerOnly, $"{file} is {File.GetUnixFileMode(directory[file])}");
        }

        Assert.DoesNotContain("old copy", await File.ReadAllTextAsync(letters), StringComparison.Ordinal);
    }
}
