using System.Runtime.InteropServices;

namespace Hub.Publisher.Targets;

/// <summary>
/// Publishes a set of files so readers see either the old site or the new one, never a mix: each release is
/// written to its own folder, and the live path is a symbolic link swapped with one atomic rename.
/// </summary>
public static class AtomicSiteWriter
{
    public static string Publish(string livePath, IReadOnlyDictionary<string, byte[]> files, int keepReleases)
    {
        var live = Path.GetFullPath(livePath);
        var releases = live + "-releases";
        Directory.CreateDirectory(releases);
        if (Directory.Exists(live) && new DirectoryInfo(live).LinkTarget is null)
        {
            throw new InvalidOperationException(
                $"Hub:Publisher:OutputDirectory '{live}' is a plain directory; Hub needs it to be its own symbolic link to swap releases atomically. Move it away.");
        }

        var release = Path.Combine(releases, DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(release);
        foreach (var (name, content) in files)
        {
            var path = Path.Combine(release, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
        }

        var staging = live + ".next-" + Guid.NewGuid().ToString("N");
        // Relative, so the output folder can be moved or served from a container mount as it is.
        File.CreateSymbolicLink(staging, Path.GetRelativePath(Path.GetDirectoryName(live)!, release));
        ReplaceLink(staging, live);
        Prune(releases, release, keepReleases);
        return release;
    }

    /// <summary>rename(2) replaces the old link in one step; .NET's File.Move would follow the link to its directory.</summary>
    static void ReplaceLink(string staging, string live)
    {
        if (OperatingSystem.IsWindows())
        {
            // No atomic link swap on Windows: the brief gap is accepted there (production runs on Linux).
            if (Path.Exists(live))
            {
                Directory.Delete(live);
            }

            Directory.CreateSymbolicLink(live, new DirectoryInfo(staging).LinkTarget!);
            Directory.Delete(staging);
            return;
        }

        if (Rename(staging, live) != 0)
        {
            throw new IOException($"Could not swap the published site into '{live}' (errno {Marshal.GetLastPInvokeError()}).");
        }
    }

    [DllImport("libc", EntryPoint = "rename", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    static extern int Rename([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);

    static void Prune(string releases, string current, int keep)
    {
        foreach (var old in Directory.GetDirectories(releases).Where(d => d != current).Order(StringComparer.Ordinal).SkipLast(keep))
        {
            Directory.Delete(old, recursive: true);
        }
    }
}
