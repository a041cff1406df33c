using Hub.CaseStore.Audit;
using Hub.CaseStore.Persistence;

namespace Hub.Cli;

/// <summary><c>hub audit verify</c> and <c>hub audit checkpoint</c>: the keyed chain held to its signed checkpoints.</summary>
public static class AuditVerbs
{
    /// <returns>0 intact, 2 the named checkpoint file is missing, 3 the chain is broken or shorter than its checkpoint.</returns>
    public static async Task<int> VerifyAsync(HubCommand.VerifyAudit command)
    {
        using var host = CliHost.Build(command.ConfigurationArgs, (services, _) => services.AddHubDatabase().AddAuditChain());
        await using var scope = host.Services.CreateAsyncScope();
        var checkpoints = scope.ServiceProvider.GetRequiredService<AuditCheckpoints>();
        var path = command.CheckpointPath ?? checkpoints.FilePath;
        if (command.CheckpointPath is not null && !File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"ไม่พบไฟล์จุดตรวจ / Checkpoint file not found: {path}");
            return 2;
        }

        var checkpoint = AuditCheckpoint.ReadLast(path);
        var result = await AuditVerifier.VerifyAsync(scope.ServiceProvider.GetRequiredService<HubDbContext>(),
            scope.ServiceProvider.GetRequiredService<AuditChainKey>(), checkpoint, CancellationToken.None);
        if (!result.Intact)
        {
            await Console.Error.WriteLineAsync($"บันทึกตรวจสอบถูกแก้ไขที่รายการ {result.FirstBrokenSequence} / Audit chain broken at entry {result.FirstBrokenSequence}: {result.Problem}.");
            return 3;
        }

        Console.WriteLine($"บันทึกตรวจสอบครบถ้วน / Audit chain intact: {result.EntriesChecked} entries.");
        Console.WriteLine(checkpoint is null
            ? $"คำเตือน: ยังไม่มีจุดตรวจที่ลงนาม การลบรายการล่าสุดจะตรวจไม่พบ / Warning: no signed checkpoint in {path}; removal of the newest entries cannot be detected."
            : $"ตรงกับจุดตรวจ / Matches the checkpoint of {checkpoint.AtUtc:yyyy-MM-dd HH:mm} UTC ({checkpoint.Entries} entries, head {checkpoint.Head[..16]}…).");
        return 0;
    }

    public static async Task<int> CheckpointAsync(HubCommand.CheckpointAudit command)
    {
        using var host = CliHost.Build(command.ConfigurationArgs, (services, _) => services.AddHubDatabase().AddAuditChain());
        await using var scope = host.Services.CreateAsyncScope();
        var checkpoints = scope.ServiceProvider.GetRequiredService<AuditCheckpoints>();
        var checkpoint = await checkpoints.TakeAsync(CancellationToken.None);
        Console.WriteLine($"บันทึกจุดตรวจแล้ว / Checkpoint appended to {Path.GetFullPath(checkpoints.FilePath)}: {checkpoint.Entries} entries, head {checkpoint.Head}.");
        return 0;
    }
}
