using Hub.CaseStore.Receipts;

namespace Hub.Ingestion.Chat;

/// <summary>What a text message asks for, when it is a command rather than part of the report.</summary>
public abstract record ChatCommand
{
    public sealed record Confirm : ChatCommand;
    public sealed record Cancel : ChatCommand;
    public sealed record Anonymous : ChatCommand;
    public sealed record NewReport : ChatCommand;
    public sealed record Start : ChatCommand;
    public sealed record Status(string Code) : ChatCommand;

    /// <summary>A receipt code alone, <c>สถานะ &lt;code&gt;</c> or <c>/status &lt;code&gt;</c> asks for status; anything else is report text (null).</summary>
    public static ChatCommand? Parse(string text)
    {
        var trimmed = text.Trim();
        var word = trimmed.TrimEnd('!', '.', ' ');
        if (word is ChatReplies.ConfirmWord or "/confirm")
        {
            return new Confirm();
        }

        if (word is ChatReplies.CancelWord or "/cancel")
        {
            return new Cancel();
        }

        if (word is ChatReplies.AnonymousWord or "/anonymous")
        {
            return new Anonymous();
        }

        if (word is ChatReplies.NewReportWord or "/new")
        {
            return new NewReport();
        }

        if (word.Equals("/start", StringComparison.OrdinalIgnoreCase) || word.StartsWith("/start ", StringComparison.OrdinalIgnoreCase))
        {
            return new Start();
        }

        foreach (var prefix in new[] { "สถานะ", "/status" })
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = trimmed[prefix.Length..].Trim();
                return ReceiptCode.TryNormalize(rest, out var code) ? new Status(code) : new Status(rest);
            }
        }

        return ReceiptCode.TryNormalize(trimmed, out var bare) ? new Status(bare) : null;
    }
}
