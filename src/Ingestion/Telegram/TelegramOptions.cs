using System.ComponentModel.DataAnnotations;

namespace Hub.Ingestion.Telegram;

/// <summary>Bound from <c>Hub:Telegram</c>. The channel is on when a bot token is set (from a secret store).</summary>
public sealed class TelegramOptions : IValidatableObject
{
    public const string SectionName = "Hub:Telegram";

    /// <summary><c>&lt;digits&gt;:&lt;secret&gt;</c>. Never logged, never part of a logged URL.</summary>
    public string? BotToken { get; set; }

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Required in webhook mode: Telegram sends it back in <c>X-Telegram-Bot-Api-Secret-Token</c>.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Bot API server; only scheme and authority are used (Telegram.Bot drops any path).</summary>
    public Uri? ApiBaseUrl { get; set; }

    [Range(0, 50)]
    public int PollTimeoutSeconds { get; set; } = 25;

    public bool Enabled => !string.IsNullOrEmpty(BotToken);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && !BotToken!.Contains(':', StringComparison.Ordinal))
        {
            yield return new ValidationResult("Hub:Telegram:BotToken must look like <bot id>:<secret>.", [nameof(BotToken)]);
        }

        if (Enabled && Mode == TelegramMode.Webhook && string.IsNullOrEmpty(WebhookSecret))
        {
            yield return new ValidationResult("Hub:Telegram:WebhookSecret is required when Hub:Telegram:Mode is Webhook.", [nameof(WebhookSecret)]);
        }
    }
}

public enum TelegramMode
{
    Polling,
    Webhook,
}
