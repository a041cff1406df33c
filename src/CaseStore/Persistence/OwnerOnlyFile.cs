namespace Hub.CaseStore.Persistence;

/// <summary>Opens files Hub creates for secrets or integrity anchors as 0600 from the first byte (no window where others may read).</summary>
public static class OwnerOnlyFile
{
    public static FileStream Open(string path, FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }

    /// <summary>Writes <paramref name="text"/> (UTF-8) to a file that is 0600 afterwards, even if it already existed wider.</summary>
    public static void WriteAllText(string path, string text)
    {
        if (File.Exists(path) && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        using var stream = Open(path, FileMode.Create);
        stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Creates an empty owner-only file when none exists, so what a library later writes into it is private.</summary>
    public static void EnsureExists(string path)
    {
        try
        {
            using var _ = Open(path, FileMode.CreateNew);
        }
        catch (IOException) when (File.Exists(path))
        {
        }
    }
}
