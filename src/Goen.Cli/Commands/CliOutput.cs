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
        // closing one: what is left is exactly its part of the whole array at the same depth. One worker per core takes the
        // next chunk as soon as it is done with one, while this thread sends the finished chunks out in order; a worker
        // waits only when it is a window of chunks ahead of what has been sent, so memory does not grow with the document.
        const int ChunkItems = 64;
        var chunks = (items.Count + ChunkItems - 1) / ChunkItems;
        var window = Math.Max(2, 4 * Environment.ProcessorCount);
        var done = new ArrayBufferWriter<byte>?[window];
        var spare = new Stack<ArrayBufferWriter<byte>>();
        var tail = System.Text.Encoding.UTF8.GetByteCount(JsonOptions.NewLine) + 1;
        var gate = new object();
        var next = 0;
        var sent = 0;
        var stopped = false;
        Exception? failure = null;
        void Work()
        {
            try
            {
                while (true)
                {
                    int chunk;
                    ArrayBufferWriter<byte> buffer;
                    lock (gate)
                    {
                        while (next < chunks && next >= sent + window && failure is null && !stopped)
                        {
                            Monitor.Wait(gate);
                        }

                        if (next >= chunks || failure is not null || stopped)
                        {
                            return;
                        }

                        chunk = next++;
                        buffer = spare.Count > 0 ? spare.Pop() : new ArrayBufferWriter<byte>(1 << 16);
                    }

                    buffer.ResetWrittenCount();
                    using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
                    {
                        writer.WriteStartArray();
                        for (var i = chunk * ChunkItems; i < Math.Min(items.Count, (chunk + 1) * ChunkItems); i++)
                        {
                            writeItem(writer, items[i]);
                        }

                        writer.WriteEndArray();
                    }

                    lock (gate)
                    {
                        done[chunk % window] = buffer;
                        Monitor.PulseAll(gate);
                    }
                }
            }
            catch (Exception e)
            {
                lock (gate)
                {
                    failure ??= e;
                    Monitor.PulseAll(gate);
                }
            }
        }

        var workers = Enumerable.Range(0, Math.Min(Environment.ProcessorCount, Math.Max(1, chunks))).Select(_ => Task.Factory.StartNew(Work, TaskCreationOptions.LongRunning)).ToArray();
        try
        {
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                ArrayBufferWriter<byte>? buffer;
                lock (gate)
                {
                    while ((buffer = done[chunk % window]) is null && failure is null)
                    {
                        Monitor.Wait(gate);
                    }

                    if (buffer is null)
                    {
                        break;
                    }

                    done[chunk % window] = null;
                }

                if (chunk > 0)
                {
                    Write(","u8);
                }

                Write(buffer.WrittenSpan[1..^tail]);
                lock (gate)
                {
                    spare.Push(buffer);
                    sent = chunk + 1;
                    Monitor.PulseAll(gate);
                }
            }
        }
        finally
        {
            // Also when sending failed (a closed pipe): the workers stop after their chunk instead of waiting for room.
            lock (gate)
            {
                stopped = true;
                Monitor.PulseAll(gate);
            }

            Task.WaitAll(workers);
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        Write(System.Text.Encoding.UTF8.GetBytes(chunks == 0 ? "]" + Environment.NewLine : JsonOptions.NewLine + "]" + Environment.NewLine));
    }
}
