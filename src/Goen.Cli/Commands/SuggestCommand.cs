using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Goen.Core.Contacts;
using Goen.Core.Matching;
using Spectre.Console;
using Profile = Goen.Core.Profiles.Profile;

namespace Goen.Cli.Commands;

/// <summary>
/// <c>goen suggest</c>: for everyone in a profile file, the people who can help them and the people
/// they share small talk with, each with reasons.
/// </summary>
public static class SuggestCommand
{
    private static readonly string[] Formats = ["json", "table"];

    public static Command Create()
    {
        var profiles = new Option<string>("--profiles", "-p") { Description = "Profile CSV (UTF-8 or Shift_JIS; English or Japanese headers).", Required = true };
        var top = new Option<int>("--top", "-k") { Description = "Suggestions of each kind per person.", DefaultValueFactory = _ => 5 };
        var format = new Option<string>("--format", "-f") { Description = "json (one array, for scripts) or table (for people).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(Formats);
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--top must be at least 1.");
            }
        });
        var forName = new Option<string?>("--for") { Description = "Only this person (name as in the file; width, case and spaces do not matter): who could help them, with reasons." };
        var command = new Command("suggest", "Suggest introductions and small-talk partners for everyone in a profile file.") { profiles, top, format, forName };
        command.SetAction(result => Run(result, result.GetRequiredValue(profiles), result.GetValue(top), result.GetRequiredValue(format), result.GetValue(forName)));
        return command;
    }

    private static int Run(ParseResult result, string path, int top, string format, string? forName)
    {
        var timings = Timings.Start(CliOutput.Error(result));

        // The vocabulary (from its snapshot, or built from its files on a first run) and the stemmer come in on another core
        // while the file is read. CommunityIndex.Build takes the same instance, waiting for it if it is not there yet.
        _ = Task.Run(Vocabulary.Prepare);
        if (CliOutput.ReadProfiles(result, path) is not { } file)
        {
            return CliOutput.BadInput;
        }

        timings.Mark("read");

        var people = file.Profiles;
        if (forName is not null)
        {
            return RunFor(result, people, forName, top, format);
        }

        if (format == "json")
        {
            var index = CommunityIndex.Build(people);
            timings.Mark("index");
            // Each person's checks and reasons are worked out in the writer's chunk and let go once written: held for everyone
            // until the end, the collector would copy them from generation to generation (docs/decisions/0016-suggest-speed.md).
            var suggestions = index.Suggestions(top);
            timings.Mark("rank");
            CliOutput.WriteJsonArray(result, suggestions, (writer, s) => WritePerson(writer, people, s));
            timings.Mark("suggest+json");
            return 0;
        }

        var console = CliOutput.Console(result);
        PersonSuggestions[] all = [];
        console.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask("Matching", maxValue: people.Count);
            var index = CommunityIndex.Build(people);
            all = index.SuggestAll(top, new Progress<int>(done => task.Value = done));
            task.Value = people.Count;
        });
        WriteTable(console, people, all);
        return 0;
    }

    /// <summary>One person's helpers and small-talk partners, without ranking everyone else.</summary>
    private static int RunFor(ParseResult result, IReadOnlyList<Profile> people, string name, int top, string format)
    {
        var key = ContactMatcher.FoldName(name);
        var person = people.ToList().FindIndex(p => ContactMatcher.FoldName(p.Name) == key);
        if (person < 0)
        {
            // Both languages, as the table headers do: the CLI has no resource files of its own.
            CliOutput.Error(result).WriteLine(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja"
                ? $"「{name}」さんはファイルにいません。名前はファイルのとおりに（全角・半角、大文字・小文字、空白は区別しません）。"
                : $"\"{name}\" is not in the file. Give the name as the file has it (width, case and spaces do not matter).");
            return CliOutput.BadInput;
        }

        var index = CommunityIndex.Build(people);
        var introductions = index.RankHelpers(person, top).Where(h => h.Person != person && h.Score > 0).Select(h => index.ExplainHelp(h.Person, person)).ToList();
        var suggestions = new[] { new PersonSuggestions(person, introductions, index.RankPartners(person, top)) };
        if (format == "json")
        {
            CliOutput.WriteJsonArray(result, suggestions, (writer, s) => WritePerson(writer, people, s));
        }
        else
        {
            WriteTable(CliOutput.Console(result), people, suggestions);
        }

        return 0;
    }

    private static void WritePerson(Utf8JsonWriter writer, IReadOnlyList<Profile> people, PersonSuggestions s)
    {
        writer.WriteStartObject();
        writer.WriteString("person", people[s.Person].Name);
        WriteMatches(writer, "introductions", "reasons", people, s.Introductions, people[s.Person].Name);
        WriteMatches(writer, "starters", "topics", people, s.Starters, helped: null);
        writer.WriteEndObject();
    }

    // Introductions carry a "because" sentence in every language Goen writes (helped is the person they are for).
    private static void WriteMatches(Utf8JsonWriter writer, string name, string reasonsName, IReadOnlyList<Profile> people, IReadOnlyList<Match> matches, string? helped)
    {
        // Index loops: foreach over these interfaces makes an enumerator object for every list of every person.
        Span<char> sentence = stackalloc char[1024];
        writer.WriteStartArray(name);
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            writer.WriteStartObject();
            writer.WriteString("name", people[m.Person].Name);
            writer.WriteNumber("score", Math.Round(m.Score, 2));
            writer.WriteStartArray(reasonsName);
            for (var r = 0; r < m.Reasons.Count; r++)
            {
                writer.WriteStringValue(m.Reasons[r]);
            }

            writer.WriteEndArray();
            if (helped is not null && m.Reasons.Count > 0)
            {
                writer.WriteStartObject("because");
                for (var l = 0; l < Because.Languages.Count; l++)
                {
                    // Written from a buffer, not made into a string first: two sentences per introduction for everyone.
                    var language = Because.Languages[l];
                    var length = Because.WritePerson(sentence, people[m.Person].Name, m.Reasons[0], helped, language);
                    if (length >= 0)
                    {
                        writer.WriteString(language.Name, sentence[..length]);
                    }
                    else
                    {
                        writer.WriteString(language.Name, Because.Person(people[m.Person].Name, m.Reasons[0], helped, language));
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteTable(IAnsiConsole console, IReadOnlyList<Profile> people, PersonSuggestions[] suggestions)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Person / 名前")
            .AddColumn("Could help them / 紹介できる人")
            .AddColumn("Small talk with / 雑談相手");
        foreach (var s in suggestions)
        {
            table.AddRow(
                new Markup(Markup.Escape(people[s.Person].Name)),
                new Markup(Lines(people, s.Introductions)),
                new Markup(Lines(people, s.Starters)));
        }

        console.Write(table);
    }

    // Nobody good enough is said plainly, in both languages as the headers are: a wrong introduction costs more than none.
    private static string Lines(IReadOnlyList<Profile> people, IReadOnlyList<Match> matches) =>
        matches.Count == 0 ? "[grey]nobody yet / まだいません[/]" : string.Join('\n', matches.Select(m =>
            $"{Markup.Escape(people[m.Person].Name)} [grey]{m.Score.ToString("0.00", CultureInfo.InvariantCulture)}[/] {Markup.Escape(string.Join(" · ", m.Reasons))}"));
}
