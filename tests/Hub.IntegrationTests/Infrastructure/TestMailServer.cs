using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>
/// The real Dovecot started by ./test.sh. Every test takes fresh users (<see cref="NewUser"/>), so tests never share a
/// mailbox. Mail "arrives" the way a delivery agent puts it there: IMAP APPEND.
/// </summary>
public static class TestMailServer
{
    public const string Password = "hub";

    public static string NewUser(string role) => $"{role}-{Guid.NewGuid():N}"[..(role.Length + 13)] + "@hub.test";

    public static async Task<ImapClient> ConnectAsync(string user, int? port = null)
    {
        var client = new ImapClient { Timeout = 10_000 };
        await client.ConnectAsync(TestServices.Imap.Host, port ?? TestServices.Imap.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(user, Password);
        return client;
    }

    /// <summary>MimeKit keeps the parsed bytes as they were, so the server stores what the test wrote.</summary>
    public static async Task AppendAsync(string user, params byte[][] rawMessages)
    {
        using var client = await ConnectAsync(user);
        foreach (var raw in rawMessages)
        {
            await client.Inbox.AppendAsync(MimeMessage.Load(new MemoryStream(raw)), MessageFlags.None);
        }

        await client.DisconnectAsync(true);
    }

    /// <summary>Appends bytes MimeKit could not even parse, over a plain IMAP session (LITERAL+).</summary>
    public static async Task AppendRawAsync(string user, byte[] raw)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(TestServices.Imap.Host, TestServices.Imap.Port);
        var stream = tcp.GetStream();
        var reader = new StreamReader(stream, System.Text.Encoding.ASCII);
        async Task<string> CommandAsync(string tag, byte[] command)
        {
            await stream.WriteAsync(command);
            string? line;
            while ((line = await reader.ReadLineAsync()) is not null && !line.StartsWith(tag + " ", StringComparison.Ordinal))
            {
            }

            return line ?? "";
        }

        await reader.ReadLineAsync();
        Assert.StartsWith("a OK", await CommandAsync("a", System.Text.Encoding.ASCII.GetBytes($"a LOGIN \"{user}\" {Password}\r\n")), StringComparison.Ordinal);
        byte[] append = [.. System.Text.Encoding.ASCII.GetBytes($"b APPEND INBOX {{{raw.Length}+}}\r\n"), .. raw, .. "\r\n"u8];
        Assert.StartsWith("b OK", await CommandAsync("b", append), StringComparison.Ordinal);
        await CommandAsync("c", "c LOGOUT\r\n"u8.ToArray());
    }

    public static async Task<int> CountAsync(string user, string folder)
    {
        using var client = await ConnectAsync(user);
        IMailFolder mailFolder;
        try
        {
            mailFolder = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
        }
        catch (FolderNotFoundException)
        {
            return 0;
        }

        await mailFolder.StatusAsync(StatusItems.Count);
        await client.DisconnectAsync(true);
        return mailFolder.Count;
    }

    public static async Task<List<MimeMessage>> ReadAllAsync(string user, string folder = "INBOX")
    {
        using var client = await ConnectAsync(user);
        var mailFolder = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
        await mailFolder.OpenAsync(FolderAccess.ReadOnly);
        var messages = new List<MimeMessage>();
        for (var i = 0; i < mailFolder.Count; i++)
        {
            messages.Add(await mailFolder.GetMessageAsync(i));
        }

        await client.DisconnectAsync(true);
        return messages;
    }

    /// <summary>The settings that point Hub's e-mail door at one test mailbox.</summary>
    public static Dictionary<string, string?> EmailSettings(string user, TempDirectory directory, int? imapPort = null) => new()
    {
        ["Hub:Evidence:Directory"] = directory["evidence"],
        ["Hub:Email:Mailboxes:0:Name"] = "complaints",
        ["Hub:Email:Mailboxes:0:Host"] = TestServices.Imap.Host,
        ["Hub:Email:Mailboxes:0:Port"] = (imapPort ?? TestServices.Imap.Port).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Hub:Email:Mailboxes:0:Security"] = "None",
        ["Hub:Email:Mailboxes:0:User"] = user,
        ["Hub:Email:Mailboxes:0:Password"] = Password,
        ["Hub:Email:ReconnectMaxDelay"] = "00:00:01",
        ["Hub:Email:CommandTimeout"] = "00:00:05",
    };
}
