using Hub.CaseStore.Accounts;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Staff;
using Hub.CaseStore.Staff.Mail;

namespace Hub.Cli;

/// <summary><c>hub users import</c>.</summary>
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
        var mail = host.Services.GetRequiredService<IConfiguration>().GetSection(StaffMailOptions.SectionName).Get<StaffMailOptions>() ?? new StaffMailOptions();
        if (command.Invite && string.IsNullOrEmpty(mail.Host))
        {
            await Console.Error.WriteLineAsync("--invite needs Hub:Staff:Mail:Host / ต้องตั้งค่า Hub:Staff:Mail:Host ก่อนส่งคำเชิญทางอีเมล");
            return 2;
        }

        var result = await scope.ServiceProvider.GetRequiredService<StaffImport>().ImportAsync(reader, CancellationToken.None);
        var letters = command.Invite ? await Invitations.SendAsync(result.Created, mail, CancellationToken.None) : result.Created;
        if (command.Invite)
        {
            Console.WriteLine($"Invited {result.Created.Count - letters.Count} of {result.Created.Count} accounts by e-mail.");
        }

        if (letters.Count > 0)
        {
            // One-time passwords: owner-only until printed and deleted.
            OwnerOnlyFile.WriteAllText(command.LettersPath, SealedLetters.Render(letters, DateTimeOffset.UtcNow));
            Console.WriteLine($"Created {result.Created.Count} accounts; print and seal {Path.GetFullPath(command.LettersPath)} ({letters.Count} letters), then delete it.");
        }

        foreach (var error in result.Errors)
        {
            await Console.Error.WriteLineAsync(error);
        }

        return result.Errors.Count == 0 ? 0 : 1;
    }
}
