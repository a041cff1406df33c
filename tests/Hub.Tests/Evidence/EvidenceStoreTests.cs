using System.Security.Cryptography;
using System.Text;
using Hub.CaseStore.Evidence;
using Hub.Ingestion.Evidence;
using Microsoft.Extensions.Options;

namespace Hub.Tests.Evidence;

public sealed class EvidenceStoreTests : IDisposable
{
    readonly string directory = Directory.CreateTempSubdirectory("hub-evidence-").FullName;

    EvidenceStore Store(long maxBytes = 1024) => new(Options.Create(new EvidenceOptions { Directory = directory, MaxFileBytes = maxBytes }));

    [Fact]
    public async Task The_same_content_is_stored_once_under_its_sha256()
    {
        var bytes = Encoding.UTF8.GetBytes("ภาพหลักฐาน");
        var first = await Store().StoreAsync(new MemoryStream(bytes), "a.txt", "text/plain", CancellationToken.None);
        var second = await Store().StoreAsync(new MemoryStream(bytes), "../../b.txt", "text/plain", CancellationToken.None);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), first.Sha256);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal("b.txt", second.FileName);
        Assert.Single(Directory.GetFiles(directory, "*.bin", SearchOption.AllDirectories));
        await using var stored = Store().Open(first.Sha256);
        Assert.Equal(bytes.Length, stored.Length);
    }

    [Fact]
    public async Task Oversized_and_unaccepted_files_are_refused_and_leave_nothing_behind()
    {
        await Assert.ThrowsAsync<EvidenceRejectedException>(() => Store(maxBytes: 10).StoreAsync(new MemoryStream(new byte[11]), "big.txt", "text/plain", CancellationToken.None));
        await Assert.ThrowsAsync<EvidenceRejectedException>(() => Store().StoreAsync(new MemoryStream(new byte[1]), "x.exe", "application/x-msdownload", CancellationToken.None));
        Assert.Empty(Directory.GetFiles(directory, "*", SearchOption.AllDirectories));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
