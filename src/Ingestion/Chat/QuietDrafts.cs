using Hub.CaseStore.Chat;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Chat;

/// <summary>Drafts whose reporter has paused for the quiet window get the confirmation prompt, once.</summary>
public sealed class QuietDrafts(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ChatOptions> options)
{
    public async Task PromptAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var cutoff = clock.GetUtcNow().UtcDateTime - options.Value.QuietWindow;
        var quiet = await db.ChatConversations
            .Where(c => c.State == ConversationState.Collecting && c.LastActivityAtUtc <= cutoff)
            .ToListAsync(cancellationToken);
        var conversation = scope.ServiceProvider.GetRequiredService<Conversation>();
        foreach (var draft in quiet)
        {
            conversation.Prompt(draft);
        }

        if (quiet.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
