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

    /// <summary>Writes a JSON array to the command's output, one item per element, and ends the line.</summary>
    /// <remarks>
    /// <para>Items are written in chunks on every core and the chunks go out in order, so the bytes are those one
    /// writer would give, while a large document (the suggestions for 50,000 people, about 300 MB) is neither written
    /// on one thread nor held whole in memory (docs/decisions/0016-suggest-speed.md).</para>
    /// <para>On the process's own standard output the UTF-8 bytes go straight to the stream; any other writer (a test's
    /// <see cref="StringWriter"/>) gets them as text.</para>
    /// </remarks>
    public static void WriteJsonArray<T>(ParseResult result, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        var output = Out(result);
        using var stdout = ReferenceEquals(output, System.Console.Out) ? System.Console.OpenStandardOutput() : null;
        void Write(ReadOnlySpan<byte> bytes)
        {
            if (stdout is null)
            {
                output.Write(System.Text.Encoding.UTF8.GetString(bytes));
            }
            else
            {
                stdout.Write(bytes);
            }
        }

        output.Flush();
        Write("["u8);

        // A chunk is written as an array of its own and sent without its brackets and the line break before the
        // closing one: what is left is exactly its part of the whole array at the same depth.
        const int ChunkItems = 64;
        var chunks = (items.Count + ChunkItems - 1) / ChunkItems;
        var slots = Math.Max(1, 4 * Environment.ProcessorCount);
        var buffers = new ArrayBufferWriter<byte>[slots];
        var tail = System.Text.Encoding.UTF8.GetByteCount(JsonOptions.NewLine) + 1;
        for (var first = 0; first < chunks; first += slots)
        {
            var batch = Math.Min(slots, chunks - first);
            Parallel.For(0, batch, slot =>
            {
                var buffer = buffers[slot] ??= new ArrayBufferWriter<byte>(1 << 16);
                buffer.ResetWrittenCount();
                using var writer = new Utf8JsonWriter(buffer, JsonOptions);
                writer.WriteStartArray();
                var from = (first + slot) * ChunkItems;
                for (var i = from; i < Math.Min(items.Count, from + ChunkItems); i++)
                {
                    writeItem(writer, items[i]);
                }

                writer.WriteEndArray();
            });
            for (var slot = 0; slot < batch; slot++)
            {
                if (first + slot > 0)
                {
                    Write(","u8);
                }

                Write(buffers[slot].WrittenSpan[1..^tail]);
            }
        }

        Write(System.Text.Encoding.UTF8.GetBytes(chunks == 0 ? "]" + Environment.NewLine : JsonOptions.NewLine + "]" + Environment.NewLine));
    }
}
