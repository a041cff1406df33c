using Hub.CaseStore.Channels;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hub.Ingestion.Accepting;

/// <summary>
/// Records what a door could not take, where operators see it (table <c>intake_issues</c>, <c>GET /operators/intake</c>).
/// The log gets only channel and location: a reason may quote a field's value.
/// </summary>
public sealed class IntakeIssues(IDbContextFactory<HubDbContext> databases, TimeProvider clock, ILogger<IntakeIssues> logger)
{
    public async Task RecordAsync(string channel, string source, string? location, string reason, CancellationToken cancellationToken)
    {
        logger.LogWarning("Intake issue on {Channel} at {Location}", channel, location ?? "(whole input)");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.IntakeIssues.Add(new IntakeIssue
        {
            Channel = channel,
            Source = Truncate(source, 512),
            Location = location is null ? null : Truncate(location, 256),
            Reason = Truncate(reason, 2048),
            AtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
