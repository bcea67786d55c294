using System.Buffers;
using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Goen.Core.Profiles;
using Spectre.Console;

namespace Goen.Cli.Commands;

/// <summary>What every command shares: where output goes, how errors are told, how JSON is written.</summary>
internal static class CliOutput
{
    /// <summary>Exit code for input the user must fix (a bad file, impossible options).</summary>
    public const int BadInput = 2;

    /// <summary>Gets whether the user reads Japanese: the UI culture, which .NET takes from LANG, is Japanese.</summary>
    public static bool IsJapanese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja";

    /// <summary>Japanese stays readable in JSON; the output is data on stdout, never embedded in HTML.</summary>
    public static JsonWriterOptions JsonOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static TextWriter Out(ParseResult result) => result.InvocationConfiguration.Output;

    public static TextWriter Error(ParseResult result) => result.InvocationConfiguration.Error;

    /// <summary>A Spectre console over the command's output writer, so tests can capture tables.</summary>
    public static IAnsiConsole Console(ParseResult result) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Out(result)),
        Interactive = InteractionSupport.Detect,
    });

    /// <summary>Reads a profile file, or tells the user what is wrong with it.</summary>
    /// <remarks>
    /// The rows left out are told on standard error, each with its line, and the command goes on with the others;
    /// it stops only when nobody in the file is left to work with (docs/decisions/0011-one-people-file-reader.md).
    /// </remarks>
    public static ProfileFile? ReadProfiles(ParseResult result, string path)
    {
        try
        {
            return ReadProfiles(path, Error(result));
        }
        catch (ProfileFileException e)
        {
            Error(result).WriteLine(e.LocalizedMessage(CultureInfo.CurrentUICulture));
            return null;
        }
    }

    /// <summary>Reads a profile file, telling the rows left out and the people not coming on <paramref name="error"/>.</summary>
    /// <returns>The file, or <see langword="null"/> (after saying so) when no one in it is coming.</returns>
    /// <exception cref="ProfileFileException">The file cannot be used at all.</exception>
    public static ProfileFile? ReadProfiles(string path, TextWriter error)
    {
        var file = ProfileCsv.Read(path);
        var culture = CultureInfo.CurrentUICulture;
        foreach (var row in file.Rejected)
        {
            error.WriteLine($"{path}: {row.LocalizedMessage(culture)}");
        }

        var notComing = file.Attendees.Count - file.Profiles.Count;
        if (notComing > 0)
        {
            error.WriteLine(IsJapanese
                ? $"{path}: 参加しない人 (キャンセル・補欠など) {notComing} 人は除きました。"
                : $"{path}: left out {notComing} people who are not coming (cancelled, waitlisted or declined).");
        }

        if (file.Profiles.Count > 0)
        {
            return file;
        }

        error.WriteLine(IsJapanese
            ? $"{path}: 使える人が一人もいません。上の行を直して、もう一度試してください。"
            : $"{path}: no one in the file can be used. Fix the rows above and try again.");
        return null;
    }

    /// <summary>Writes JSON to the command's output and ends the line.</summary>
    /// <remarks>The writer's output goes out whenever <paramref name="write"/> calls the flush it is given, so a large
    /// document (the suggestions for 50,000 people, about 300 MB) is never held whole in memory.</remarks>
    public static void WriteJson(ParseResult result, Action<Utf8JsonWriter, Action> write)
    {
        var output = Out(result);
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using var writer = new Utf8JsonWriter(buffer, JsonOptions);
        void Flush()
        {
            // Flushed between values, so the bytes end on a whole UTF-8 sequence.
            writer.Flush();
            output.Write(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
            buffer.ResetWrittenCount();
        }

        write(writer, Flush);
        Flush();
        output.WriteLine();
    }
}
