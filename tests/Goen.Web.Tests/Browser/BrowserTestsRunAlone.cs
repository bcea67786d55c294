namespace Goen.Web.Tests.Browser;

/// <summary>
/// The browser tests run alone, after the other tests: Chromium, Kestrel and a page's timeouts share two cores
/// badly with dozens of parallel HTTP tests (a create-event wait once ran past 20 s that way).
/// </summary>
[CollectionDefinition(nameof(BrowserTestsRunAlone), DisableParallelization = true)]
public sealed class BrowserTestsRunAlone;
