using System.Diagnostics;

namespace Goen.Core.Tests;

/// <summary>
/// Reads files Goen writes with parsers Goen did not write: Python's <c>vobject</c> (vCard) and
/// <c>icalendar</c> (iCalendar), from the Debian packages python3-vobject and python3-icalendar that
/// scripts/test.sh installs. With GOEN_REQUIRE_INDEPENDENT_PARSERS=1 (set by the script) a missing parser
/// fails the test; otherwise the test is reported as skipped, never as passed.
/// </summary>
internal static class IndependentParser
{
    // Debian's interpreter, where the Debian packages are; a python3 earlier on PATH (pyenv) may not see them.
    private static string PythonPath => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public static bool Required => Environment.GetEnvironmentVariable("GOEN_REQUIRE_INDEPENDENT_PARSERS") == "1";

    /// <summary>
    /// Runs a Python script with the file's path as <c>sys.argv[1]</c> and returns what it prints.
    /// </summary>
    /// <param name="module">The Python module the script needs (vobject or icalendar).</param>
    /// <param name="script">The script's text.</param>
    /// <param name="fileText">The file's text, written as UTF-8 without a BOM.</param>
    /// <returns>The script's standard output.</returns>
    public static string Run(string module, string script, string fileText)
    {
        EnsureAvailable(module);
        var dir = Directory.CreateTempSubdirectory("goen-independent-");
        try
        {
            var file = Path.Combine(dir.FullName, "input");
            var scriptFile = Path.Combine(dir.FullName, "check.py");
            File.WriteAllText(file, fileText, new System.Text.UTF8Encoding(false));
            File.WriteAllText(scriptFile, script, new System.Text.UTF8Encoding(false));
            var (code, output, error) = Python(scriptFile, file);
            Assert.True(code == 0, $"The independent {module} parser refused the file: {error}\n--- file ---\n{fileText}");
            return output;
        }
        finally
        {
            dir.Delete(true);
        }
    }

    private static void EnsureAvailable(string module)
    {
        string? why;
        try
        {
            var (code, _, error) = Python("-c", $"import {module}");
            why = code == 0 ? null : $"python3 cannot import {module}: {error.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            why = "python3 is not installed: " + e.Message;
        }

        if (why is null)
        {
            return;
        }

        if (Required)
        {
            Assert.Fail($"The independent parser is required for this run (GOEN_REQUIRE_INDEPENDENT_PARSERS=1) but {why}. Install python3-vobject and python3-icalendar.");
        }

        Assert.Skip($"{why}; install python3-vobject and python3-icalendar to run this test.");
    }

    private static (int Code, string Output, string Error) Python(params string[] args)
    {
        var start = new ProcessStartInfo(PythonPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
