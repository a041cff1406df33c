using Hub.CaseStore.Accounts;
using Hub.CaseStore.Audit;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Staff;

namespace Hub.Cli;

/// <summary><c>hub users import</c> and <c>hub audit verify</c>.</summary>
public static class StaffVerbs
{
    public static async Task<int> ImportAsync(HubCommand.ImportUsers command)
    {
        if (!File.Exists(command.CsvPath))
        {
            await Console.Error.WriteLineAsync($"File not found / ไม่พบไฟล์: {command.CsvPath}");
            return 2;
        }

        using var host = CliHost.Build(command.ConfigurationArgs, (services, _) => services.AddHubPersistence().AddStaff());
        await host.Services.MigrateHubDatabaseAsync();
        await using var scope = host.Services.CreateAsyncScope();
        using var reader = new StreamReader(command.CsvPath);
        var result = await scope.ServiceProvider.GetRequiredService<StaffImport>().ImportAsync(reader, CancellationToken.None);
        if (result.Created.Count > 0)
        {
            await File.WriteAllTextAsync(command.LettersPath, SealedLetters.Render(result.Created, DateTimeOffset.UtcNow));
            Console.WriteLine($"Created {result.Created.Count} accounts; print and seal {Path.GetFullPath(command.LettersPath)}, then delete it.");
        }

        foreach (var error in result.Errors)
        {
            await Console.Error.WriteLineAsync(error);
        }

        return result.Errors.Count == 0 ? 0 : 1;
    }

    public static async Task<int> VerifyAuditAsync(HubCommand.VerifyAudit command)
    {
        using var host = CliHost.Build(command.ConfigurationArgs, (services, _) => services.AddHubDatabase());
        await using var scope = host.Services.CreateAsyncScope();
        var result = await AuditVerifier.VerifyAsync(scope.ServiceProvider.GetRequiredService<HubDbContext>(), CancellationToken.None);
        if (result.Intact)
        {
            Console.WriteLine($"Audit chain intact / บันทึกตรวจสอบครบถ้วน: {result.EntriesChecked} entries.");
            return 0;
        }

        await Console.Error.WriteLineAsync($"Audit chain broken at entry {result.FirstBrokenSequence} / บันทึกตรวจสอบถูกแก้ไขที่รายการ {result.FirstBrokenSequence}: {result.Problem}.");
        return 3;
    }
}
