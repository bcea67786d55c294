using System.Diagnostics;

namespace Goen.Web.Tests;

/// <summary>
/// Makes a file read-only for this process. A plain permission change is enough for an ordinary user; root
/// ignores permissions, so as root the file gets the immutable flag (chattr +i), which binds root too.
/// </summary>
internal static class ReadOnlyFile
{
    public static void Set(string file, bool readOnly)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(file, readOnly ? FileAttributes.ReadOnly : FileAttributes.Normal);
            return;
        }

        if (Environment.UserName != "root")
        {
            File.SetUnixFileMode(file, readOnly
                ? UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead
                : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            return;
        }

        using var chattr = Process.Start(new ProcessStartInfo("chattr", [readOnly ? "+i" : "-i", file]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("chattr could not be started.");
        var error = chattr.StandardError.ReadToEnd();
        chattr.WaitForExit();
        if (chattr.ExitCode != 0)
        {
            throw new InvalidOperationException($"chattr {(readOnly ? "+i" : "-i")} failed (the file system may not support the immutable flag): {error}");
        }
    }
}
