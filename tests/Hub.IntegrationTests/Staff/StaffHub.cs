using Hub.CaseStore.Cases;
using Hub.CaseStore.Identity;
using Hub.Contracts.Complaints;
using Hub.IntegrationTests.Cases;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Staff;

/// <summary>An embedded hub on SQLite with helpers to file cases straight into the case store.</summary>
public sealed class StaffHub : IAsyncDisposable
{
    readonly TempDirectory directory;

    StaffHub(TempDirectory directory, EmbeddedHub hub)
    {
        this.directory = directory;
        Hub = hub;
    }

    public EmbeddedHub Hub { get; }

    public static async Task<StaffHub> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var directory = new TempDirectory();
        try
        {
            return new StaffHub(directory, await EmbeddedHub.StartAsync(HubSettings.Embedded(directory).With(settings ?? new Dictionary<string, string?>())));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public string DatabaseArgument => $"--Hub:Database:ConnectionString=Data Source={directory["hub.db"]}";

    /// <summary>What a <c>hub audit …</c> run on this installation's machine sees: its database, chain key and checkpoint file.</summary>
    public string[] AuditArguments =>
    [
        "--Hub:Database:Provider=Sqlite", DatabaseArgument,
        $"--Hub:Audit:DevelopmentKeyFile={directory["keys/audit-chain.key"]}", $"--Hub:Audit:CheckpointFile={CheckpointFile}",
    ];

    public string CheckpointFile => directory["audit/checkpoints.jsonl"];

    public string PublicDirectory => directory["public"];

    /// <summary>
    /// Files one complaint as a new case assigned to <paramref name="unit"/>; with a contact, the reporter is sealed in the
    /// vault; <paramref name="shape"/> changes the normalized complaint (attachments, classified unit) before intake.
    /// </summary>
    public async Task<Guid> FileCaseAsync(string text, string? unit, ReporterContact? contact = null, Func<ComplaintNormalized, ComplaintNormalized>? shape = null)
    {
        await using var scope = Hub.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Hub.CaseStore.Persistence.HubDbContext>();
        var reporter = scope.ServiceProvider.GetRequiredService<IdentityVault>().Seal(contact, anonymous: contact is null);
        await db.SaveChangesAsync();
        var normalized = CaseNumberingTests.Normalized(text, DateTimeOffset.UtcNow);
        normalized = normalized with { Complaint = normalized.Complaint with { Reporter = reporter } };
        normalized = shape?.Invoke(normalized) ?? normalized;
        await scope.ServiceProvider.GetRequiredService<CaseIntake>().FileAsync(normalized, Guid.NewGuid(), CancellationToken.None);
        var id = db.Complaints.Single(c => c.ReceiptCode == normalized.Complaint.ReceiptCode).CaseId;
        var @case = await db.Cases.FindAsync(id);
        @case!.UnitCode = unit;
        await db.SaveChangesAsync();
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        await Hub.DisposeAsync();
        directory.Dispose();
    }
}
