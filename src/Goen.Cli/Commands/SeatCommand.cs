using System.CommandLine;
using System.Globalization;
using System.Text;
using Goen.Core.Matching;
using Goen.Core.Profiles;
using Goen.Core.Seating;
using Goen.Core.Text;

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

    public static readonly Option<double> TimeLimit = Positive(new("--time-limit")
    {
        Description = "The most seconds the search may take.",
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
            Mdgp, Golfers, Profiles, Rounds, TableSize, MinSize, MaxSize, Apart, TimeLimit, Seed, MaxIterations, Format,
        };
        command.SetAction(Run);
        return command;
    }

    /// <summary>
    /// Plans an event and writes the plan: the entry point for <c>--profiles</c> once the profile file has been
    /// read and scored.
    /// </summary>
    /// <returns>The exit code: 0 when planned, 1 when the request cannot be satisfied (the reason is on <paramref name="error"/>).</returns>
    public static int SeatEvent(EventRequest request, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!IsKnownFormat(request.Format))
        {
            return Fail(error, UnknownFormat(request.Format));
        }

        try
        {
            var people = request.Values.Count;
            var presence = request.Presence ?? new Presence(request.Rounds, people);
            var min = request.MinSize ?? Math.Max(1, request.TableSize - 1);
            var max = request.MaxSize ?? request.TableSize;
            if (request.TableSize < 1 || min > request.TableSize || max < request.TableSize)
            {
                return Fail(error, $"--table-size {request.TableSize} must be at least 1 and within --min-size {min} and --max-size {max}.");
            }

            var tables = Enumerable.Range(0, request.Rounds)
                .Select(r => TableSpec.Layout(presence.CountPresent(r), request.TableSize, min, max))
                .ToArray();
            var constraints = new SeatingConstraints();
            if (request.ApartKeys is not null)
            {
                constraints.KeepApart(request.ApartKeys);
            }

            foreach (var (person, table) in request.Pins ?? new Dictionary<int, int>())
            {
                constraints.Pin(person, table);
            }

            var problem = new SeatingProblem(request.Values, tables, constraints, presence, request.Names);
            var result = Optimize(problem, request.TimeLimit, request.Seed, request.MaxIterations, error);
            if (result.ApartViolations > 0)
            {
                error.WriteLine($"{Name}: warning: {result.ApartViolations} times people who must sit apart share a table; no plan keeping them all apart was found.");
            }

            if (result.Repeats > 0)
            {
                error.WriteLine($"{Name}: warning: {result.Repeats} repeat meetings could not be avoided.");
            }

            var view = new SeatingPlanView
            {
                Plan = result.Plan,
                Names = request.Names,
                Topics = request.TopicsForTable is null
                    ? null
                    : result.Plan.Rounds.Select(r => (IReadOnlyList<IReadOnlyList<string>>)r.Select(request.TopicsForTable).ToArray()).ToArray(),
                Title = request.Title,
                Language = request.Language,
            };
            Render(output, view, request.Format);
            return 0;
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
        var format = parse.GetValue(Format)!;
        var modes = (mdgp is null ? 0 : 1) + (golfers is null ? 0 : 1) + (profiles is null ? 0 : 1);
        if (modes != 1)
        {
            return Fail(error, "give exactly one of --profiles FILE, --mdgp FILE or --golfers G-S-W.");
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
            if (profiles is not null)
            {
                var rounds = parse.GetValue(Rounds);
                var size = parse.GetValue(TableSize);
                if (rounds is not (>= 1 and <= byte.MaxValue) || size is not >= 1)
                {
                    return Fail(error, $"--profiles needs --rounds R (1 to {byte.MaxValue}) and --table-size S (at least 1).");
                }

                var people = LoadProfiles(profiles, parse.GetValue(Apart));
                var request = new EventRequest(people.Values, people.Names, rounds.Value, size.Value)
                {
                    MinSize = parse.GetValue(MinSize),
                    MaxSize = parse.GetValue(MaxSize),
                    ApartKeys = people.ApartKeys,
                    TopicsForTable = people.TopicsForTable,
                    Format = format,
                    TimeLimit = limit,
                    Seed = seed,
                    MaxIterations = iterations,
                    Title = people.Title,
                    Language = people.Language,
                };
                return SeatEvent(request, output, error);
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

    /// <summary>Reads a profile file and scores every pair for seating with the pair-value engine.</summary>
    /// <param name="file">The profile CSV.</param>
    /// <param name="apartColumn">The column whose equal values keep people apart (--apart), or null.</param>
    /// <exception cref="ProfileFileException">The file cannot be used.</exception>
    /// <exception cref="SeatingProblemException">The --apart column is not in the file.</exception>
    private static ProfileSeating LoadProfiles(FileInfo file, string? apartColumn)
    {
        var profiles = ProfileCsv.Read(file.FullName);
        if (apartColumn is not null && !profiles.HasColumn(apartColumn))
        {
            throw new SeatingProblemException($"{file.Name} has no column \"{apartColumn}\" for --apart. Its columns: {string.Join(", ", profiles.Headers)}.");
        }

        var people = profiles.Profiles;
        var index = CommunityIndex.Build(people);
        var matrix = index.ValueMatrix();
        var n = people.Count;
        var values = new PairValues(n);
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                values[i, j] = matrix[(i * n) + j];
            }
        }

        // An empty cell is no organization, not one big organization everyone shares.
        IReadOnlyList<string?>? apartKeys = apartColumn is null
            ? null
            : [.. Enumerable.Range(0, n).Select(i => profiles.Value(i, apartColumn) is { Length: > 0 } v ? TextNormalizer.FoldKey(v) : null)];
        var japanese = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja";
        return new ProfileSeating(values, [.. people.Select(p => p.Name)], apartKeys, table => TableTopics(index, table))
        {
            Title = japanese ? $"席次表 — {file.Name}" : $"Seating plan — {file.Name}",
            Language = japanese ? "ja" : "en",
        };
    }

    // What a table can talk about: the topics its pairs share, the most widely shared first.
    private static IReadOnlyList<string> TableTopics(CommunityIndex index, IReadOnlyList<int> table)
    {
        var weight = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < table.Count; i++)
        {
            for (var j = i + 1; j < table.Count; j++)
            {
                var talk = index.ExplainTalk(table[i], table[j]);
                foreach (var topic in talk.Reasons)
                {
                    weight[topic] = weight.GetValueOrDefault(topic) + talk.Score;
                }
            }
        }

        return [.. weight.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(3).Select(t => t.Key)];
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
        var interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        var result = SeatingOptimizer.Optimize(problem, options, interactive ? new TerminalProgress(error) : null);
        if (interactive)
        {
            error.WriteLine();
        }

        return result;
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

        /// <summary>Gets who is present in which round; null for everyone in every round.</summary>
        public Presence? Presence { get; init; }

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

    /// <summary>What a profile file gives the seating: pair values, names, apart-keys and table topics.</summary>
    /// <param name="Values">The value of each pair sitting together, from the profile engine.</param>
    /// <param name="Names">Each person's display name.</param>
    /// <param name="ApartKeys">Each person's value in the --apart column, or null when no column was given.</param>
    /// <param name="TopicsForTable">The topics the people at a table share, or null for none.</param>
    private sealed record ProfileSeating(
        PairValues Values,
        IReadOnlyList<string> Names,
        IReadOnlyList<string?>? ApartKeys,
        Func<IReadOnlyList<int>, IReadOnlyList<string>>? TopicsForTable)
    {
        public string Title { get; init; } = "Seating plan";

        public string Language { get; init; } = "en";
    }

    private sealed class TerminalProgress(TextWriter error) : IProgress<SeatingProgress>
    {
        public void Report(SeatingProgress value)
        {
            var percent = Math.Min(100, 100 * value.Elapsed.TotalSeconds / Math.Max(0.001, value.TimeLimit.TotalSeconds));
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\rseat: {percent,3:F0}%  objective {value.Objective:F1}  repeats {value.Repeats}   "));
        }
    }
}
