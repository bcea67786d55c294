using System.Globalization;
using System.Text.Json;
using Goen.Core.Tests;
using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser;

/// <summary>
/// axe-core, the accessibility checker, run inside a page: scripts/test.sh installs the exact version pinned in
/// Browser/axe/package.json (npm ci), and the test injects its axe.min.js. GOEN_REQUIRE_BROWSER=1 turns a missing
/// file into a failure instead of a skip, as for Chromium.
/// </summary>
internal static class AxeCore
{
    /// <summary>The WCAG 2.0 and 2.1 rules at levels A and AA.</summary>
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Gets the path of axe.min.js, where npm puts it.</summary>
    public static string ScriptPath { get; } =
        Path.Combine(RepoFiles.Root, "tests", "Goen.Web.Tests", "Browser", "axe", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Gets why axe cannot run here (its file is missing), or null.</summary>
    public static string? Unavailable => File.Exists(ScriptPath)
        ? null
        : $"axe-core is not installed: no {ScriptPath}. Run scripts/test.sh, or: npm ci --prefix tests/Goen.Web.Tests/Browser/axe";

    /// <summary>Runs axe on the page as it is now.</summary>
    /// <param name="page">The page, loaded.</param>
    /// <param name="label">Names the page in the findings, such as "/Network (ja, signed in)".</param>
    /// <returns>
    /// How many rules passed (zero would mean axe did not really look), and one line per rule broken: its id,
    /// impact, the page, how many elements, and the first selectors.
    /// </returns>
    public static async Task<(int Passed, IReadOnlyList<string> Violations)> CheckAsync(IPage page, string label)
    {
        await page.AddScriptTagAsync(new() { Path = ScriptPath });
        var result = await page.EvaluateAsync<JsonElement>(
            """
            async tags => {
                const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
                return {
                    passed: r.passes.length,
                    violations: r.violations.map(v => ({
                        id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
                        targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')),
                        summary: v.nodes[0]?.failureSummary ?? '' })),
                };
            }
            """, Tags);
        var violations = new List<string>();
        foreach (var v in result.GetProperty("violations").EnumerateArray())
        {
            var targets = string.Join(" | ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()));
            var summary = v.GetProperty("summary").GetString()?.ReplaceLineEndings(" ");
            violations.Add(string.Create(CultureInfo.InvariantCulture,
                $"{v.GetProperty("id").GetString()} [{v.GetProperty("impact").GetString()}] on {label}: {v.GetProperty("help").GetString()} — {v.GetProperty("count").GetInt32()} element(s): {targets} — {summary}"));
        }

        return (result.GetProperty("passed").GetInt32(), violations);
    }
}
