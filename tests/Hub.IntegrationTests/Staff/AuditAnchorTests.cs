using Hub.CaseStore.Accounts;
using Hub.CaseStore.Audit;
using Hub.CaseStore.Persistence;
using Hub.Cli;
using Hub.Publisher;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Staff;

/// <summary>
/// Issue #18 "anchored audit": a keyed chain plus signed checkpoints of its head, checked by <c>hub audit verify</c>.
/// Each test plays someone who can write the database but holds neither the chain key nor the published copies.
/// </summary>
public class AuditAnchorTests
{
    [Fact]
    public async Task Hub_audit_verify_names_the_first_tampered_entry()
    {
        await using var staff = await StaffHub.StartAsync();
        await WriteNotesAsync(staff, 3);
        Assert.Equal(0, await AuditVerbs.VerifyAsync(new HubCommand.VerifyAudit(staff.AuditArguments)));
        await staff.Hub.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET Actor = 'someone-else' WHERE Sequence = 3"));

        Assert.Equal(3, await AuditVerbs.VerifyAsync(new HubCommand.VerifyAudit(staff.AuditArguments)));
        var result = await VerifyAsync(staff, checkpoint: null);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal(2, result.EntriesChecked);
    }

    [Fact]
    public async Task Removing_the_newest_entries_after_a_publication_is_detected_against_the_published_checkpoint()
    {
        await using var staff = await StaffHub.StartAsync();
        await WriteNotesAsync(staff, 3);
        var count = await staff.Hub.WithDbAsync(db => db.AuditEntries.CountAsync());
        await using (var scope = staff.Hub.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StatisticsPublisher>().PublishAsync(CancellationToken.None);
        }

        // The public site and open data carry the signed head; a reader's copy is what the auditor later checks against.
        var published = Path.Combine(staff.PublicDirectory, "audit-checkpoint.json");
        var checkpoint = AuditCheckpoint.ReadLast(published)!;
        Assert.Equal(count, checkpoint.Entries);
        Assert.Contains(checkpoint.Head, await File.ReadAllTextAsync(Path.Combine(staff.PublicDirectory, "index.html")), StringComparison.Ordinal);
        var copy = Path.Combine(Path.GetDirectoryName(staff.CheckpointFile)!, "downloaded-copy.json");
        File.Copy(published, copy);
        Assert.Equal(0, await AuditVerbs.VerifyAsync(new HubCommand.VerifyAudit(staff.AuditArguments, copy)));

        // The attacker removes the two newest entries, and the checkpoint file too, to leave a consistent but shorter chain.
        await staff.Hub.WithDbAsync(db => db.AuditEntries.Where(a => a.Sequence > count - 2).ExecuteDeleteAsync());
        File.Delete(staff.CheckpointFile);
        Assert.True((await VerifyAsync(staff, checkpoint: null)).Intact, "without an anchor a truncation cannot be seen; this is why checkpoints exist");

        Assert.Equal(3, await AuditVerbs.VerifyAsync(new HubCommand.VerifyAudit(staff.AuditArguments, copy)));
        var result = await VerifyAsync(staff, checkpoint);
        Assert.Equal(count - 1, result.FirstBrokenSequence);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_the_newest_entries_after_a_checkpoint_is_detected_and_the_checkpoint_cannot_be_edited_to_match()
    {
        await using var staff = await StaffHub.StartAsync();
        await WriteNotesAsync(staff, 2);
        Assert.Equal(0, await AuditVerbs.CheckpointAsync(new HubCommand.CheckpointAudit(staff.AuditArguments)));
        var count = await staff.Hub.WithDbAsync(db => db.AuditEntries.CountAsync());
        await WriteNotesAsync(staff, 1);
        Assert.Equal(0, await AuditVerbs.VerifyAsync(new HubCommand.VerifyAudit(staff.AuditArguments)));

        await staff.Hub.WithDbAsync(db => db.AuditEntries.Where(a => a.Sequence >= count).ExecuteDeleteAsync());
        Assert.Equal(3, await AuditVerbs.VerifyAsync(new HubCommand.VerifyAudit(staff.AuditArguments)));

        // Rewriting the checkpoint to the shorter head does not help: its signature needs the chain key.
        var last = AuditCheckpoint.ReadLast(staff.CheckpointFile)!;
        var head = await staff.Hub.WithDbAsync(db => db.AuditEntries.OrderByDescending(a => a.Sequence).Select(a => a.Hash).FirstAsync());
        await File.AppendAllTextAsync(staff.CheckpointFile, (last with { Entries = count - 1, Head = head }).ToJsonLine() + "\n");
        Assert.Equal(3, await AuditVerbs.VerifyAsync(new HubCommand.VerifyAudit(staff.AuditArguments)));
        Assert.Contains("signature", (await VerifyAsync(staff, AuditCheckpoint.ReadLast(staff.CheckpointFile))).Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unkeyed SHA-256, as older Hub wrote it")]
    [InlineData("HMAC under a key of the attacker's own")]
    public async Task Rewriting_an_entry_and_recomputing_every_later_hash_is_detected(string how)
    {
        await using var staff = await StaffHub.StartAsync();
        await WriteNotesAsync(staff, 3);
        var attackerKey = new AuditChainKey(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        Func<AuditEntry, string, string> recompute = how.StartsWith("unkeyed", StringComparison.Ordinal)
            ? (e, previous) => AuditLog.LegacyHashOf(previous, e.Sequence, e.AtUtc, e.Actor, e.Action, e.CaseId, e.Detail)
            : (e, previous) => AuditLog.HashOf(attackerKey, previous, e.Sequence, e.AtUtc, e.Actor, e.Action, e.CaseId, e.Detail);

        // Entry 2 is reattributed, and the whole chain from there is recomputed so every link is consistent again.
        await staff.Hub.WithDbAsync(async db =>
        {
            var entries = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync();
            db.AuditEntries.RemoveRange(entries.Skip(1).Select(e => db.AuditEntries.Attach(e).Entity));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            var previous = entries[0].Hash;
            foreach (var e in entries.Skip(1))
            {
                var actor = e.Sequence == 2 ? "someone-else@bangkok.go.th" : e.Actor;
                var rewritten = new AuditEntry { Sequence = e.Sequence, AtUtc = e.AtUtc, Actor = actor, Action = e.Action, CaseId = e.CaseId, Detail = e.Detail, PreviousHash = previous, Hash = "" };
                rewritten = new AuditEntry { Sequence = e.Sequence, AtUtc = e.AtUtc, Actor = actor, Action = e.Action, CaseId = e.CaseId, Detail = e.Detail, PreviousHash = previous, Hash = recompute(rewritten, previous) };
                db.AuditEntries.Add(rewritten);
                previous = rewritten.Hash;
            }

            return await db.SaveChangesAsync();
        });

        Assert.Equal(3, await AuditVerbs.VerifyAsync(new HubCommand.VerifyAudit(staff.AuditArguments)));
        var result = await VerifyAsync(staff, checkpoint: null);
        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Equal(1, result.EntriesChecked);
    }

    static Task<AuditVerification> VerifyAsync(StaffHub staff, AuditCheckpoint? checkpoint) =>
        staff.Hub.WithDbAsync(db => AuditVerifier.VerifyAsync(db, staff.Hub.Services.GetRequiredService<AuditChainKey>(), checkpoint, CancellationToken.None));

    static async Task WriteNotesAsync(StaffHub staff, int notes)
    {
        var id = await staff.FileCaseAsync("เรื่องสำหรับตรวจสอบ", null);
        using var client = new StaffClient(staff.Hub);
        await client.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center));
        for (var i = 0; i < notes; i++)
        {
            await client.PostFormAsync($"/staff/cases/{id}/notes", new() { ["text"] = $"บันทึก {i}" }, $"/staff/cases/{id}");
        }
    }
}
