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
}
