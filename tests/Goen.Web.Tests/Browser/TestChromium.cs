namespace Goen.Web.Tests.Browser;

/// <summary>
/// The Chromium the browser tests drive: scripts/test.sh passes its path in GOEN_TEST_CHROMIUM (Debian's
/// package; 'playwright install' downloads and this machine is offline). GOEN_REQUIRE_BROWSER=1 turns a
/// missing Chromium into a failure instead of a skip.
/// </summary>
internal static class TestChromium
{
    private const string DebianPath = "/usr/bin/chromium";

    /// <summary>Gets the Chromium executable to launch, or null when there is none.</summary>
    public static string? ExecutablePath =>
        Environment.GetEnvironmentVariable("GOEN_TEST_CHROMIUM") is { Length: > 0 } given ? (File.Exists(given) ? given : null)
        : File.Exists(DebianPath) ? DebianPath
        : null;

    public static bool Required => Environment.GetEnvironmentVariable("GOEN_REQUIRE_BROWSER") == "1";

    public static string WhyUnavailable =>
        Environment.GetEnvironmentVariable("GOEN_TEST_CHROMIUM") is { Length: > 0 } given
            ? $"GOEN_TEST_CHROMIUM is '{given}', and no file is there."
            : $"no Chromium was given (GOEN_TEST_CHROMIUM is not set) and there is none at {DebianPath}. Run scripts/test.sh, which installs Debian's chromium and fonts-noto-cjk (needs root), or set GOEN_TEST_CHROMIUM.";
}
