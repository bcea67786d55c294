using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Goen.Core.Profiles;
using Goen.Core.Seating;

namespace Goen.Cli.Commands;

/// <summary>
/// <c>goen seat</c>: plans seating over several rounds — for an event from a profile file, or for a public
/// benchmark instance (an MDGPLIB file, or a Social Golfer instance g-s-w).
/// </summary>
public static class SeatCommand
{
    private const string Name = "goen seat";

    // The pair-value matrix is dense: 2,000 golfers take 32 MB; far beyond that the machine runs out.
    private const int MaxGolfers = 2_000;

    public static readonly Option<FileInfo?> Mdgp = new("--mdgp")
    {
        Description = "Solve one MDGPLIB instance (Maximally Diverse Grouping Problem) from this file.",
    };

    public static readonly Option<string?> Golfers = new("--golfers")
    {
        Description = "Solve a Social Golfer instance written g-s-w: g groups of s golfers for w rounds, e.g. 8-4-9.",
    };

    public static readonly Option<FileInfo?> Profiles = new("--profiles")
    {
        Description = "Plan an event for the people in this profile file (CSV).",
    };

    public static readonly Option<int?> Rounds = new("--rounds")
    {
        Description = "The number of rounds (with --profiles).",
    };

    public static readonly Option<int?> TableSize = new("--table-size")
    {
        Description = "The usual number of people at a table (with --profiles).",
    };

    public static readonly Option<int?> MinSize = new("--min-size")
    {
        Description = "The fewest people at a table; the default is one less than --table-size.",
    };

    public static readonly Option<int?> MaxSize = new("--max-size")
    {
        Description = "The most people at a table; the default is --table-size.",
    };

    public static readonly Option<string?> Apart = new("--apart")
    {
        Description = "A profile column (such as organization): people with the same value never share a table.",
    };

    public static readonly Option<FileInfo?> Replan = new("--replan")
    {
        Description = "Re-plan the rounds from --from-round of this plan (JSON written by goen seat --profiles) after no-shows and walk-ins.",
    };

    public static readonly Option<int?> FromRound = new("--from-round")
    {
        Description = "With --replan: the first round to re-plan (counting from 1); the rounds before it were held and stay as they were.",
    };

    public static readonly Option<string[]> Absent = new("--absent")
    {
        Description = "With --replan: the ids (personIds in the plan) of people who are gone, comma-separated.",
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<string[]> WalkIn = new("--walk-in")
    {
        Description = "With --replan: someone who walked in, written \"Name|offers|needs|interests\" (all but the name may be left out); repeat for each.",
    };

    public static readonly Option<FileInfo?> Changes = new("--changes")
    {
        Description = "With --replan: a JSON file {\"fromRound\": N, \"absent\": [ids], \"walkIns\": [{\"name\", \"offers\", \"needs\", \"interests\"}]} instead of the options.",
    };

    public static readonly Option<double> TimeLimit = Positive(new("--time-limit")
    {
        Description = "The most seconds the search may take; a re-plan takes 0.8 s unless this is given.",
        DefaultValueFactory = _ => 10,
    });

    public static readonly Option<int> Seed = new("--seed")
    {
        Description = "The seed of the search; the same seed and --max-iterations give the same plan.",
        DefaultValueFactory = _ => 0,
    };

    public static readonly Option<long?> MaxIterations = new("--max-iterations")
    {
        Description = "Stop after this many search steps, for a plan that does not depend on the machine's speed.",
    };

    public static readonly Option<string> Format = new("--format")
    {
        Description = "The output format: json, csv or html.",
        DefaultValueFactory = _ => "json",
    };

    public static Command Create()
    {
        var command = new Command("seat", "Plan seating over several rounds so that people who can help each other meet, and no pair meets twice.")
        {
            Mdgp, Golfers, Profiles, Replan, FromRound, Absent, WalkIn, Changes, Rounds, TableSize, MinSize, MaxSize, Apart, TimeLimit, Seed, MaxIterations, Format,
        };
        command.SetAction(Run);
        return command;
    }

    /// <summary>
    /// Plans an event from pair values already scored and writes the plan: people are numbered by their position,
    /// and their ids in the JSON are those positions counting from 1.
    /// </summary>
    /// <returns>The exit code: 0 when planned, 2 when the request cannot be satisfied (the reason is on <paramref name="error"/>).</returns>
    public static int SeatEvent(EventRequest request, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var attendees = request.Names.Select((name, i) => new EventAttendee(Id(i), new Profile { Name = name })
        {
            ApartKey = request.ApartKeys?[i],
            PinnedTable = request.Pins is not null && request.Pins.TryGetValue(i, out var table) ? table : null,
        }).ToArray();
        var plan = new EventSeatingRequest
        {
            Rounds = request.Rounds,
            TableSize = request.TableSize,
            MinTableSize = request.MinSize,
            MaxTableSize = request.MaxSize,
            Search = new SeatingOptions { TimeLimit = request.TimeLimit, Seed = request.Seed, MaxIterations = request.MaxIterations },
        };
        var page = new Page(request.Format, request.Title, request.Language);
        return PlanEvent(attendees, plan, new EventPairScores(request.Values, request.TopicsForTable), page, output, error);
    }

    private static int PlanEvent(IReadOnlyList<EventAttendee> attendees, EventSeatingRequest request, EventPairScores? scores, Page page, TextWriter output, TextWriter error)
    {
        if (!IsKnownFormat(page.Format))
        {
            return Fail(error, UnknownFormat(page.Format));
        }

        try
        {
            var size = request.TableSize ?? 0;
            var min = request.MinTableSize ?? Math.Max(1, size - 1);
            var max = request.MaxTableSize ?? size;
            if (size < 1 || min > size || max < size)
            {
                return Fail(error, $"--table-size {size} must be at least 1 and within --min-size {min} and --max-size {max}.");
            }

            var present = attendees.Count(a => a.IsExpected(0));
            var bound = RoundsBound.For(Math.Max(1, present), size, min, max);
            if (bound.Judge(request.Rounds) == RoundsVerdict.RepeatsUnavoidable)
            {
                error.WriteLine($"{Name}: warning: {present} people at {bound.Tables} tables can have at most {bound.Bound} rounds without anyone meeting twice; {request.Rounds} rounds cannot avoid repeats.");
            }

            var result = Progressing(error, progress => EventSeating.Plan(attendees, request, scores, progress));
            Warn(result, error);
            Render(output, page, result.Plan);
            return 0;
        }
        catch (SeatingProblemException e)
        {
            return Fail(error, e.Message);
        }
    }

    private static int ReplanEvent(ParseResult parse, FileInfo file, Page page, TextWriter output, TextWriter error)
    {
        EventSeatingPlan previous;
        EventReplan changes;
        try
        {
            previous = EventPlanJson.Read(File.ReadAllText(file.FullName));
            changes = parse.GetValue(Changes) is { } changesFile
                ? ReadChanges(File.ReadAllText(changesFile.FullName))
                : new EventReplan
                {
                    FromRound = (parse.GetValue(FromRound) ?? 0) - 1,
                    Absent = [.. (parse.GetValue(Absent) ?? []).SelectMany(a => a.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))],
                    WalkIns = [.. (parse.GetValue(WalkIn) ?? []).Select(ParseWalkIn)],
                };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(error, $"cannot read {e.Message}");
        }
        catch (FormatException e)
        {
            return Fail(error, e.Message);
        }

        if (parse.GetValue(Changes) is null && parse.GetValue(FromRound) is null)
        {
            return Fail(error, "--replan needs --from-round N, the first round to re-plan (counting from 1), or --changes FILE.");
        }

        var explicitLimit = parse.GetResult(TimeLimit) is { Implicit: false };
        var search = previous.Request.Search with
        {
            TimeLimit = explicitLimit ? TimeSpan.FromSeconds(parse.GetValue(TimeLimit)) : TimeSpan.FromSeconds(0.8),
            Seed = parse.GetValue(Seed),
            MaxIterations = parse.GetValue(MaxIterations),
        };
        try
        {
            var result = Progressing(error, progress => EventSeating.Replan(previous, changes with { Search = search }, progress: progress));
            Warn(result, error);
            var walkIns = result.WalkInIds.Select(id => $"{result.Plan.Attendees.First(a => a.Id == id).Profile.Name} ({id})");
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Name}: re-planned from round {changes.FromRound + 1}: {result.MovedSeats} seats of people who stay moved; repeats {result.Repeats}{(result.WalkInIds.Count > 0 ? "; walk-ins: " + string.Join(", ", walkIns) : "")}."));
            Render(output, page, result.Plan);
            return 0;
        }
        catch (SeatingProblemException e)
        {
            return Fail(error, e.Message);
        }
    }

    /// <summary>Reads a walk-in written "Name|offers|needs|interests".</summary>
    /// <exception cref="FormatException">The name is empty.</exception>
    private static WalkIn ParseWalkIn(string text)
    {
        var parts = text.Split('|', StringSplitOptions.TrimEntries);
        return parts[0].Length == 0
            ? throw new FormatException($"--walk-in \"{text}\" has no name; write it \"Name|offers|needs|interests\".")
            : new WalkIn(parts[0], parts.ElementAtOrDefault(1) ?? "", parts.ElementAtOrDefault(2) ?? "", parts.ElementAtOrDefault(3) ?? "");
    }

    /// <summary>Reads a changes file: {"fromRound": N, "absent": [ids], "walkIns": [{"name", "offers", "needs", "interests"}]}, rounds counting from 1.</summary>
    /// <exception cref="FormatException">The file is not such JSON.</exception>
    private static EventReplan ReadChanges(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            string Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
            return new EventReplan
            {
                FromRound = root.GetProperty("fromRound").GetInt32() - 1,
                Absent = root.TryGetProperty("absent", out var absent) ? [.. absent.EnumerateArray().Select(a => a.GetString() ?? "")] : [],
                WalkIns = root.TryGetProperty("walkIns", out var walkIns)
                    ? [.. walkIns.EnumerateArray().Select(w => new WalkIn(Text(w, "name"), Text(w, "offers"), Text(w, "needs"), Text(w, "interests")))]
                    : [],
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new FormatException($"the changes file is not {{\"fromRound\": N, \"absent\": [...], \"walkIns\": [...]}}: {e.Message}", e);
        }
    }

    private static void Warn(EventSeatingResult result, TextWriter error)
    {
        if (result.ApartViolations > 0)
        {
            error.WriteLine($"{Name}: warning: {result.ApartViolations} times people who must sit apart share a table; no plan keeping them all apart was found.");
        }

        if (result.Repeats > 0)
        {
            error.WriteLine($"{Name}: warning: {result.Repeats} repeat meetings could not be avoided.");
        }
    }

    private static Option<double> Positive(Option<double> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is not (> 0 and <= 86_400))
            {
                result.AddError($"{option.Name} must be more than 0 and at most 86400 seconds.");
            }
        });
        return option;
    }

    private static int Run(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var mdgp = parse.GetValue(Mdgp);
        var golfers = parse.GetValue(Golfers);
        var profiles = parse.GetValue(Profiles);
        var replan = parse.GetValue(Replan);
        var format = parse.GetValue(Format)!;
        var modes = (mdgp is null ? 0 : 1) + (golfers is null ? 0 : 1) + (profiles is null ? 0 : 1) + (replan is null ? 0 : 1);
        if (modes != 1)
        {
            return Fail(error, "give exactly one of --profiles FILE, --replan PLAN.json, --mdgp FILE or --golfers G-S-W.");
        }

        if (!IsKnownFormat(format))
        {
            return Fail(error, UnknownFormat(format));
        }

        var limit = TimeSpan.FromSeconds(parse.GetValue(TimeLimit));
        var seed = parse.GetValue(Seed);
        var iterations = parse.GetValue(MaxIterations);
        try
        {
            if (replan is not null)
            {
                return ReplanEvent(parse, replan, PageFor(replan) with { Format = format }, output, error);
            }

            if (profiles is not null)
            {
                var rounds = parse.GetValue(Rounds);
                var size = parse.GetValue(TableSize);
                if (rounds is not (>= 1 and <= byte.MaxValue) || size is not >= 1)
                {
                    return Fail(error, $"--profiles needs --rounds R (1 to {byte.MaxValue}) and --table-size S (at least 1).");
                }

                if (LoadProfiles(profiles, parse.GetValue(Apart), error) is not { } attendees)
                {
                    return CliOutput.BadInput;
                }

                var request = new EventSeatingRequest
                {
                    Rounds = rounds.Value,
                    TableSize = size.Value,
                    MinTableSize = parse.GetValue(MinSize),
                    MaxTableSize = parse.GetValue(MaxSize),
                    Search = new SeatingOptions { TimeLimit = limit, Seed = seed, MaxIterations = iterations },
                };
                return PlanEvent(attendees, request, null, PageFor(profiles) with { Format = format }, output, error);
            }

            if (mdgp is not null)
            {
                return SolveMdgp(mdgp, format, limit, seed, iterations, output, error);
            }

            return SolveGolfers(golfers!, format, limit, seed, iterations, output, error);
        }
        catch (SeatingProblemException e)
        {
            return Fail(error, e.Message);
        }
        catch (ProfileFileException e)
        {
            error.WriteLine(e.LocalizedMessage(CultureInfo.CurrentUICulture));
            return CliOutput.BadInput;
        }
    }

    /// <summary>Reads a profile file into attendees, their ids the positions of the people coming, counting from 1.</summary>
    /// <param name="file">The profile CSV.</param>
    /// <param name="apartColumn">The column whose equal values keep people apart (--apart), or null.</param>
    /// <param name="error">Where the rows left out are told.</param>
    /// <returns>The attendees, or <see langword="null"/> when no one in the file can be seated.</returns>
    /// <exception cref="ProfileFileException">The file cannot be used.</exception>
    /// <exception cref="SeatingProblemException">The --apart column is not in the file.</exception>
    private static EventAttendee[]? LoadProfiles(FileInfo file, string? apartColumn, TextWriter error)
    {
        if (CliOutput.ReadProfiles(file.FullName, error) is not { } profiles)
        {
            return null;
        }

        if (apartColumn is not null && !profiles.HasColumn(apartColumn))
        {
            throw new SeatingProblemException($"{file.Name} has no column \"{apartColumn}\" for --apart. Its columns: {string.Join(", ", profiles.Headers)}.");
        }

        // An empty cell is no organization, not one big organization everyone shares.
        return [.. profiles.Profiles.Select((p, i) => new EventAttendee(Id(i), p)
        {
            ApartKey = apartColumn is not null && profiles.Value(i, apartColumn) is { Length: > 0 } key ? key : null,
        })];
    }

    private static string Id(int position) => (position + 1).ToString(CultureInfo.InvariantCulture);

    private static Page PageFor(FileInfo file)
    {
        var japanese = CliOutput.IsJapanese;
        return new Page("json", japanese ? $"席次表 — {file.Name}" : $"Seating plan — {file.Name}", japanese ? "ja" : "en");
    }

    /// <summary>The headings of printed and exported plans in the user's language (LANG), as the CLI's other texts.</summary>
    private static SeatingPlanLabels Labels(string language) =>
        language.StartsWith("ja", StringComparison.OrdinalIgnoreCase)
            ? new SeatingPlanLabels("ラウンド", "テーブル", "名前", "話題")
            : SeatingPlanLabels.English;

    private static T Progressing<T>(TextWriter error, Func<IProgress<SeatingProgress>?, T> run)
    {
        var interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        var result = run(interactive ? new TerminalProgress(error) : null);
        if (interactive)
        {
            error.WriteLine();
        }

        return result;
    }

    private static int SolveMdgp(FileInfo file, string format, TimeSpan limit, int seed, long? iterations, TextWriter output, TextWriter error)
    {
        MdgpInstance instance;
        try
        {
            instance = MdgpInstance.Load(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(error, $"cannot read {file.FullName}: {e.Message}");
        }
        catch (FormatException e)
        {
            return Fail(error, $"{file.Name}: {e.Message}");
        }

        var result = Optimize(instance.ToProblem(), limit, seed, iterations, error);
        if (format != "json")
        {
            Render(output, NumberedView(result.Plan, instance.Values.Count), format);
            return 0;
        }

        var json = new StringBuilder();
        json.Append(CultureInfo.InvariantCulture, $"{{\"objective\": {Number(result.Objective)}, \"groups\": [");
        json.AppendJoin(", ", result.Plan.Rounds[0].Select(g => "[" + string.Join(", ", g.Order()) + "]"));
        json.Append("]}");
        output.WriteLine(json.ToString());
        return 0;
    }

    private static int SolveGolfers(string text, string format, TimeSpan limit, int seed, long? iterations, TextWriter output, TextWriter error)
    {
        GolferInstance instance;
        try
        {
            instance = GolferInstance.Parse(text);
        }
        catch (FormatException e)
        {
            return Fail(error, e.Message);
        }

        if ((long)instance.Groups * instance.Size > MaxGolfers || instance.Weeks > byte.MaxValue)
        {
            return Fail(error, $"{instance} is too large: at most {MaxGolfers} golfers and {byte.MaxValue} rounds.");
        }

        var result = Optimize(instance.ToProblem(), limit, seed, iterations, error);
        if (format != "json")
        {
            Render(output, NumberedView(result.Plan, instance.Golfers), format);
            return 0;
        }

        var rounds = result.Plan.Rounds.Select(r => "[" + string.Join(", ", r.Select(g => "[" + string.Join(",", g.Order()) + "]")) + "]");
        output.WriteLine($"{{\"rounds\": [{string.Join(", ", rounds)}], \"repeats\": {result.Repeats}}}");
        return 0;
    }

    private static SeatingResult Optimize(SeatingProblem problem, TimeSpan limit, int seed, long? iterations, TextWriter error)
    {
        var options = new SeatingOptions { TimeLimit = limit, Seed = seed, MaxIterations = iterations };
        return Progressing(error, progress => SeatingOptimizer.Optimize(problem, options, progress));
    }

    private static void Render(TextWriter output, SeatingPlanView view, string format)
    {
        switch (format)
        {
            case "csv":
                SeatingPlanRenderer.WriteCsv(output, view);
                break;
            case "html":
                SeatingPlanRenderer.WriteHtml(output, view);
                break;
            default:
                SeatingPlanRenderer.WriteJson(output, view);
                break;
        }
    }

    private static void Render(TextWriter output, Page page, EventSeatingPlan plan)
    {
        if (page.Format == "json")
        {
            EventPlanJson.Write(output, plan);
            return;
        }

        var view = SeatingPlanView.Of(plan) with { Title = page.Title, Language = page.Language, Labels = Labels(page.Language) };
        Render(output, view, page.Format);
    }

    private static SeatingPlanView NumberedView(SeatingPlan plan, int count) =>
        new() { Plan = plan, Names = [.. Enumerable.Range(0, count).Select(i => i.ToString(CultureInfo.InvariantCulture))] };

    private static bool IsKnownFormat(string format) => format is "json" or "csv" or "html";

    private static string UnknownFormat(string format) => $"unknown format \"{format}\"; use json, csv or html.";

    private static string Number(double value) => Math.Round(value, 6).ToString("R", CultureInfo.InvariantCulture);

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"{Name}: {message}");
        return CliOutput.BadInput;
    }

    /// <summary>What <see cref="SeatEvent"/> needs to plan an event; people are numbered as in <see cref="Values"/>.</summary>
    /// <param name="Values">The value of each pair sitting together.</param>
    /// <param name="Names">Each person's display name.</param>
    /// <param name="Rounds">The number of rounds.</param>
    /// <param name="TableSize">The usual number of people at a table.</param>
    public sealed record EventRequest(PairValues Values, IReadOnlyList<string> Names, int Rounds, int TableSize)
    {
        /// <summary>Gets the fewest people at a table; null for one less than <see cref="TableSize"/>.</summary>
        public int? MinSize { get; init; }

        /// <summary>Gets the most people at a table; null for <see cref="TableSize"/>.</summary>
        public int? MaxSize { get; init; }

        /// <summary>Gets each person's apart-key (such as their organization), or null; people sharing a key never share a table.</summary>
        public IReadOnlyList<string?>? ApartKeys { get; init; }

        /// <summary>Gets the people fixed to a table (0-based), such as hosts.</summary>
        public IReadOnlyDictionary<int, int>? Pins { get; init; }

        /// <summary>Gets the topics a table's people share, given the people at it; null for none.</summary>
        public Func<IReadOnlyList<int>, IReadOnlyList<string>>? TopicsForTable { get; init; }

        /// <summary>Gets the output format: json, csv or html.</summary>
        public string Format { get; init; } = "json";

        /// <summary>Gets the most time the search may take.</summary>
        public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

        /// <summary>Gets the seed of the search.</summary>
        public int Seed { get; init; }

        /// <summary>Gets the most search steps, or null for no limit but the time.</summary>
        public long? MaxIterations { get; init; }

        /// <summary>Gets the title of the printable page.</summary>
        public string Title { get; init; } = "Seating plan";

        /// <summary>Gets the language of labels: "ja" or "en".</summary>
        public string Language { get; init; } = "en";
    }

    /// <summary>How a plan is written: the format, and for the printable page its title and language.</summary>
    private sealed record Page(string Format, string Title, string Language);

    private sealed class TerminalProgress(TextWriter error) : IProgress<SeatingProgress>
    {
        public void Report(SeatingProgress value)
        {
            var percent = Math.Min(100, 100 * value.Elapsed.TotalSeconds / Math.Max(0.001, value.TimeLimit.TotalSeconds));
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\rseat: {percent,3:F0}%  objective {value.Objective:F1}  repeats {value.Repeats}   "));
        }
    }
}
