namespace Goen.Web.Tests;

/// <summary>
/// The PostgreSQL server for the tests: scripts/test.sh starts one on 127.0.0.1 and passes its address in
/// GOEN_TEST_POSTGRES. GOEN_REQUIRE_POSTGRES=1 (set by the script when it started the server, and in CI)
/// turns a missing server into a failure instead of a skip.
/// </summary>
internal static class TestPostgres
{
    public static string? AdminConnectionString => Environment.GetEnvironmentVariable("GOEN_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static bool Required => Environment.GetEnvironmentVariable("GOEN_REQUIRE_POSTGRES") == "1";

    public static string WhyUnavailable =>
        "no PostgreSQL server was given: GOEN_TEST_POSTGRES is not set. Run scripts/test.sh, which installs and starts one (needs root or an installed 'postgresql' package).";
}
