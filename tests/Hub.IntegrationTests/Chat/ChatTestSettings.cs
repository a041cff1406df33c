using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Chat;

/// <summary>Chat settings for tests: a short quiet window, fast polling and retries, and the staff key.</summary>
public static class ChatTestSettings
{
    public const string StaffKey = "test-staff-key";

    /// <summary>Who holds the staff key in tests: the actor every relay is recorded under.</summary>
    public const string RelayOwner = "relay-system@bangkok.go.th";

    public static Dictionary<string, string?> Chat(this Dictionary<string, string?> settings) => settings.With(new Dictionary<string, string?>
    {
        ["Hub:Chat:QuietWindow"] = "00:00:01",
        ["Hub:Chat:PollInterval"] = "00:00:00.050",
        ["Hub:Chat:RetryBaseDelay"] = "00:00:00.020",
        ["Hub:Chat:MaxBackoff"] = "00:00:02",
        ["Hub:Chat:StaffApiKey"] = StaffKey,
        ["Hub:Chat:StaffApiKeyOwner"] = RelayOwner,
    });

    public static Dictionary<string, string?> Line(this Dictionary<string, string?> settings, FakeLineApi line) => settings.With(new Dictionary<string, string?>
    {
        ["Hub:Line:ChannelSecret"] = LineWebhook.ChannelSecret,
        ["Hub:Line:ChannelAccessToken"] = FakeLineApi.AccessToken,
        ["Hub:Line:ApiBaseUrl"] = line.BaseUrl.ToString(),
        ["Hub:Line:DataApiBaseUrl"] = line.BaseUrl.ToString(),
    });

    /// <summary>Waits until the chat got a message containing <paramref name="fragment"/> and returns it.</summary>
    public static Task<string> MessageAsync(Func<IReadOnlyList<string>> texts, string fragment) =>
        Eventually.Get(() => Task.FromResult(texts().FirstOrDefault(t => t.Contains(fragment, StringComparison.Ordinal))), t => t is not null,
            TimeSpan.FromSeconds(30), $"a chat message containing '{fragment}'")!;

    public static string ReceiptIn(string text) =>
        System.Text.RegularExpressions.Regex.Match(text, "[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}").Value;
}
