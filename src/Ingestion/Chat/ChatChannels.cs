namespace Hub.Ingestion.Chat;

/// <summary>Channel names as stored on receipts and complaints.</summary>
public static class ChatChannels
{
    public const string Line = "line";
    public const string Telegram = "telegram";

    public static readonly IReadOnlyList<string> All = [Line, Telegram];
}
