using System.Diagnostics;
using Goen.Core.Matching;
using Goen.Core.Profiles;
using Goen.Core.Text;

namespace Goen.Core.Seating;

/// <summary>
/// Seats an event: turns attendees and an organizer's request into a <see cref="SeatingProblem"/>, plans it with
/// <see cref="SeatingOptimizer"/>, and gives the plan back by attendee id with each table's topics. The one place
/// the CLI and the web app plan and re-plan events.
/// </summary>
/// <remarks>
/// <para>
/// Pair values and topics come from the matching engine over the attendees' profiles (<see cref="Score"/>) unless
/// the caller passes its own. Apart-keys, pins and late arrivals or early departures become the problem's
/// constraints and presence; each round's tables are laid out for the people present in it.
/// </para>
/// <para>
/// Both methods run on the calling thread until done: a caller that plans in the background runs them on a worker,
/// reads <see cref="SeatingProgress"/> reports (about ten a second) for its progress display, and cancels with the
/// token, which ends the call with <see cref="OperationCanceledException"/> and no plan.
/// </para>
/// </remarks>
public static class EventSeating
{
    private static readonly TimeSpan ReplanTimeLimit = TimeSpan.FromSeconds(0.8);

    /// <summary>Plans every round of an event.</summary>
    /// <param name="attendees">The people to seat, each with a unique id.</param>
    /// <param name="request">Rounds, table sizes, weights and search limits.</param>
    /// <param name="scores">Pair values and topics by attendee position, or null to score the profiles with the engine.</param>
    /// <param name="progress">Receives the optimizer's reports, or null.</param>
    /// <param name="cancellationToken">Stops scoring and the search.</param>
    /// <returns>The plan and its figures.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id is empty or given twice, or <paramref name="scores"/> does not cover the attendees.</exception>
    /// <exception cref="SeatingProblemException">The request cannot be met: say, tables of 12 for 5 people, or more people pinned to a table than it seats.</exception>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    public static EventSeatingResult Plan(
        IReadOnlyList<EventAttendee> attendees,
        EventSeatingRequest request,
        EventPairScores? scores = null,
        IProgress<SeatingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attendees);
        ArgumentNullException.ThrowIfNull(request);
        var watch = Stopwatch.StartNew();
        CheckIds(attendees);
        CheckRounds(request.Rounds);
        var (size, min, max) = request.TableSizes();
        var presence = new Presence(request.Rounds, attendees.Count);
        for (var r = 0; r < request.Rounds; r++)
        {
            for (var i = 0; i < attendees.Count; i++)
            {
                presence.Set(r, i, attendees[i].IsExpected(r));
            }
        }

        var tables = Enumerable.Range(0, request.Rounds).Select(r => Layout(presence.CountPresent(r), size, min, max, r, request.Rounds)).ToArray();
        scores = CheckScores(scores ?? Score(attendees, request, cancellationToken), attendees.Count);
        var problem = new SeatingProblem(scores.Values, tables, Constraints(attendees), presence, [.. attendees.Select(a => a.Profile.Name)]);
        var result = SeatingOptimizer.Optimize(problem, request.Search, progress, cancellationToken);
        var plan = new EventSeatingPlan
        {
            Request = request,
            Attendees = attendees,
            Rounds = [.. Enumerable.Range(0, request.Rounds).Select(r => Tables(result.Plan, r, attendees, scores))],
        };
        return Result(plan, problem, result, watch.Elapsed, []);
    }

    /// <summary>
    /// Re-plans the rounds of <paramref name="previous"/> from <see cref="EventReplan.FromRound"/> on, after no-shows and
    /// walk-ins: held rounds stay as they were, nobody meets someone twice where that can be avoided (held rounds
    /// count), and people who stay keep their seats unless moving them is needed or clearly worth it.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Walk-ins join the attendees after the people already there, with the id they brought or a new one
    /// (<see cref="EventSeatingResult.WalkInIds"/>); absent people get <see cref="EventAttendee.LeavesBeforeRound"/>
    /// set to the first re-planned round. Nobody else's id or position changes, so the result can itself be re-planned
    /// later. People seated in a held round count as present there, whatever their attendance says.
    /// </para>
    /// <para>
    /// Seats are kept as <see cref="SeatingOptimizer.Replan"/> keeps them (see <see cref="SeatingOptions.MoveCost"/>):
    /// pinned people stay at their tables, then apart-rules, then no repeats, then kept seats weighed against value.
    /// With new people in the event the engine's scores of everyone shift slightly (they are relative to the whole
    /// community), so <see cref="EventSeatingResult.Value"/> is not comparable to the previous plan's to the decimal.
    /// </para>
    /// </remarks>
    /// <param name="previous">The plan being changed.</param>
    /// <param name="changes">The first round to re-plan, who is absent, and who walked in.</param>
    /// <param name="scores">Pair values and topics for the previous attendees followed by the walk-ins, or null to score the profiles with the engine.</param>
    /// <param name="progress">Receives the optimizer's reports, or null.</param>
    /// <param name="cancellationToken">Stops scoring and the search.</param>
    /// <returns>The new plan and its figures.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scores"/> does not cover the attendees and walk-ins.</exception>
    /// <exception cref="SeatingProblemException">
    /// The changes do not fit the plan (an unknown id, a walk-in id already taken, no round left to re-plan), or the
    /// remaining rounds cannot be seated.
    /// </exception>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    public static EventSeatingResult Replan(
        EventSeatingPlan previous,
        EventReplan changes,
        EventPairScores? scores = null,
        IProgress<SeatingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(changes);
        var watch = Stopwatch.StartNew();
        var request = previous.Request;
        var rounds = request.Rounds;
        if (previous.Rounds.Count != rounds)
        {
            throw new SeatingProblemException($"The plan has {previous.Rounds.Count} rounds but asks for {rounds}.");
        }

        var from = changes.FromRound;
        if (from < 0 || from >= rounds)
        {
            throw new SeatingProblemException(
                $"Round {from + 1} cannot be re-planned: the plan has rounds 1 to {rounds}, and rounds already held stay as they were.");
        }

        CheckIds(previous.Attendees);
        var position = previous.Attendees.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var absent = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in changes.Absent)
        {
            if (!position.ContainsKey(id))
            {
                throw new SeatingProblemException($"No attendee has the id \"{id}\", so they cannot be marked absent.");
            }

            absent.Add(id);
        }

        var attendees = previous.Attendees
            .Select(a => absent.Contains(a.Id) ? a with { LeavesBeforeRound = Math.Min(a.LeavesBeforeRound ?? rounds, from) } : a)
            .ToList();
        var walkInIds = new List<string>();
        var next = 1;
        foreach (var walkIn in changes.WalkIns)
        {
            var id = walkIn.Id;
            if (id is null)
            {
                while (position.ContainsKey($"walk-in-{next}"))
                {
                    next++;
                }

                id = $"walk-in-{next}";
            }
            else if (id.Length == 0 || position.ContainsKey(id))
            {
                throw new SeatingProblemException($"The walk-in {walkIn.Name} cannot have the id \"{id}\": it is empty or already taken.");
            }

            position[id] = attendees.Count;
            walkInIds.Add(id);
            var profile = new Profile { Name = walkIn.Name, Offers = walkIn.Offers, Needs = walkIn.Needs, Interests = walkIn.Interests };
            attendees.Add(new EventAttendee(id, profile) { ApartKey = walkIn.ApartKey, ArrivesAtRound = from });
        }

        var n = attendees.Count;
        var seats = new int[rounds][][];
        for (var r = 0; r < rounds; r++)
        {
            seats[r] = [.. previous.Rounds[r].Select(t => t.PersonIds.Select(id => position.TryGetValue(id, out var i)
                ? i
                : throw new SeatingProblemException($"Round {r + 1} of the plan seats \"{id}\", who is not one of its attendees.")).ToArray())];
        }

        var presence = new Presence(rounds, n);
        for (var r = 0; r < rounds; r++)
        {
            for (var i = 0; i < n; i++)
            {
                presence.Set(r, i, r >= from && attendees[i].IsExpected(r));
            }

            if (r < from)
            {
                foreach (var i in seats[r].SelectMany(t => t))
                {
                    presence.Set(r, i, present: true);
                }
            }
        }

        var (size, min, max) = request.TableSizes();
        var tables = new IReadOnlyList<TableSpec>[rounds];
        for (var r = 0; r < rounds; r++)
        {
            tables[r] = r < from
                ? [.. seats[r].Select(t => new TableSpec(Math.Min(t.Length, min), Math.Max(Math.Max(t.Length, max), 1)))]
                : Layout(presence.CountPresent(r), size, min, max, r, rounds);
        }

        scores = CheckScores(scores ?? Score(attendees, request, cancellationToken), n);
        var problem = new SeatingProblem(scores.Values, tables, Constraints(attendees), presence, [.. attendees.Select(a => a.Profile.Name)]);
        var options = changes.Search ?? request.Search with { TimeLimit = ReplanTimeLimit };
        var result = SeatingOptimizer.Replan(problem, new SeatingPlan(seats), from, options, progress, cancellationToken);
        var plan = new EventSeatingPlan
        {
            Request = request,
            Attendees = attendees,
            Rounds = [.. Enumerable.Range(0, rounds).Select(r => r < from ? previous.Rounds[r] : Tables(result.Plan, r, attendees, scores))],
        };
        return Result(plan, problem, result, watch.Elapsed, walkInIds);
    }

    /// <summary>Moves one person to another table in one round, or swaps them with someone at another table, and says what that does.</summary>
    /// <remarks>
    /// Nothing is re-planned: everyone else keeps their seat. Both plans are checked by <see cref="PlanChecker"/> against
    /// one problem made from the plan as it was (who is seated each round, its tables' sizes widened to the seats they
    /// hold, the request's apart-rules and pins), so <see cref="PlanReport.Repeats"/> and <see cref="PlanReport.Objective"/>
    /// of the two compare, and a move that overfills a table or breaks a rule shows in <see cref="EventSeatingMove.After"/>.
    /// </remarks>
    /// <param name="plan">The plan.</param>
    /// <param name="round">The round, counted from 0.</param>
    /// <param name="personId">Who moves.</param>
    /// <param name="table">The table they move to, counted from 0; ignored when <paramref name="swapWith"/> is given.</param>
    /// <param name="swapWith">Who they change places with, or null to move to <paramref name="table"/>.</param>
    /// <param name="scores">Pair values and topics by attendee position, or null to score the profiles with the engine.</param>
    /// <param name="cancellationToken">Stops the scoring.</param>
    /// <returns>The moved plan and both reports.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SeatingProblemException">The round or table does not exist, someone named is not seated in that round, or the move changes nothing.</exception>
    public static EventSeatingMove Move(
        EventSeatingPlan plan, int round, string personId, int table, string? swapWith = null, EventPairScores? scores = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(personId);
        if (round < 0 || round >= plan.Rounds.Count)
        {
            throw new SeatingProblemException($"The plan has rounds 1 to {plan.Rounds.Count}, not {round + 1}.");
        }

        var from = plan.TableOf(round, personId);
        var to = swapWith is null ? table : plan.TableOf(round, swapWith);
        if (from < 0 || to < 0 || to >= plan.Rounds[round].Count)
        {
            throw new SeatingProblemException(from < 0 || swapWith is null
                ? $"\"{personId}\" is not seated in round {round + 1}, or table {table + 1} does not exist."
                : $"\"{swapWith}\" is not seated in round {round + 1}.");
        }

        if (from == to)
        {
            throw new SeatingProblemException($"\"{personId}\" already sits at table {to + 1} in round {round + 1}.");
        }

        var attendees = plan.Attendees;
        var position = attendees.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        scores = CheckScores(scores ?? Score(attendees, plan.Request, cancellationToken), attendees.Count);
        var tables = plan.Rounds[round].Select(t => t.PersonIds.ToList()).ToList();
        if (swapWith is null)
        {
            tables[from].Remove(personId);
            tables[to].Add(personId);
        }
        else
        {
            // In place: each takes the other's seat, so the printed order of both tables otherwise stays.
            tables[from][tables[from].IndexOf(personId)] = swapWith;
            tables[to][tables[to].IndexOf(swapWith)] = personId;
        }

        var moved = plan with
        {
            Rounds = [.. plan.Rounds.Select((r, i) => i != round ? r : (IReadOnlyList<EventSeatingTable>)[.. r.Select((t, k) => k != from && k != to
                ? t
                : new EventSeatingTable(tables[k], scores.Topics?.Invoke([.. tables[k].Select(id => position[id])]) ?? []))])],
        };
        var problem = ProblemOf(plan, position, scores);
        return new EventSeatingMove(moved, PlanChecker.Check(problem, SeatsOf(plan, position)), PlanChecker.Check(problem, SeatsOf(moved, position)));
    }

    // The problem a saved plan answers: whoever it seats each round is present, at tables that hold at least what they hold.
    private static SeatingProblem ProblemOf(EventSeatingPlan plan, Dictionary<string, int> position, EventPairScores scores)
    {
        var (_, min, max) = plan.Request.TableSizes();
        var presence = new Presence(plan.Rounds.Count, plan.Attendees.Count);
        for (var r = 0; r < plan.Rounds.Count; r++)
        {
            foreach (var id in plan.Rounds[r].SelectMany(t => t.PersonIds))
            {
                presence.Set(r, position[id], present: true);
            }
        }

        var tables = plan.Rounds.Select(r => (IReadOnlyList<TableSpec>)[.. r.Select(t => new TableSpec(Math.Min(t.PersonIds.Count, min), Math.Max(Math.Max(t.PersonIds.Count, max), 1)))]).ToArray();
        return new SeatingProblem(scores.Values, tables, Constraints(plan.Attendees), presence, [.. plan.Attendees.Select(a => a.Profile.Name)]);
    }

    private static SeatingPlan SeatsOf(EventSeatingPlan plan, Dictionary<string, int> position) =>
        new(plan.Rounds.Select(r => r.Select(t => t.PersonIds.Select(id => position[id]))));

    /// <summary>Scores every pair of attendees with the matching engine, and gives each table the topics its people share.</summary>
    /// <remarks>
    /// A pair's value is <see cref="EventSeatingRequest.HelpWeight"/> × (help both ways) + <see cref="EventSeatingRequest.TalkWeight"/>
    /// × talk (<see cref="CommunityIndex.Value"/>). A table's topics are the small-talk reasons its pairs share, weighted by
    /// how strongly, the three most shared first. The values take 8 bytes per pair: 8 MB for 1,000 people.
    /// </remarks>
    /// <param name="attendees">The attendees.</param>
    /// <param name="request">The request, for its weights.</param>
    /// <param name="cancellationToken">Stops the engine.</param>
    /// <returns>The scores, by attendee position.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    public static EventPairScores Score(IReadOnlyList<EventAttendee> attendees, EventSeatingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attendees);
        ArgumentNullException.ThrowIfNull(request);
        var options = MatchingOptions.Default with { HelpWeight = request.HelpWeight, TalkWeight = request.TalkWeight };
        var index = CommunityIndex.Build([.. attendees.Select(a => a.Profile)], options: options, cancellationToken: cancellationToken);
        var matrix = index.ValueMatrix();
        cancellationToken.ThrowIfCancellationRequested();
        var values = new PairValues(attendees.Count);
        var raw = values.Raw;
        for (var k = 0; k < matrix.Length; k++)
        {
            raw[k] = float.IsFinite(matrix[k]) ? Math.Max(0, matrix[k]) : 0;
        }

        return new EventPairScores(values, table => TableTopics(index, table));
    }

    // What a table can talk about: the topics its pairs share, the most widely shared first, each once.
    private static IReadOnlyList<string> TableTopics(CommunityIndex index, IReadOnlyList<int> table)
    {
        var reasons = new List<(string Reason, double Weight)>();
        for (var i = 0; i < table.Count; i++)
        {
            for (var j = i + 1; j < table.Count; j++)
            {
                var talk = index.ExplainTalk(table[i], table[j]);
                reasons.AddRange(talk.Reasons.Select(r => (r, talk.Score)));
            }
        }

        return reasons.Count == 0 ? [] : TalkTopics.Merge(reasons, 3);
    }

    private static EventSeatingResult Result(EventSeatingPlan plan, SeatingProblem problem, SeatingResult result, TimeSpan elapsed, IReadOnlyList<string> walkInIds) => new()
    {
        Plan = plan,
        Problem = problem,
        Seats = result.Plan,
        Value = result.Objective,
        Repeats = result.Repeats,
        ApartViolations = result.ApartViolations,
        MovedSeats = result.MovedSeats,
        WalkInIds = walkInIds,
        Elapsed = elapsed,
        Iterations = result.Iterations,
        FirstConflictFree = result.FirstConflictFree,
    };

    private static EventSeatingTable[] Tables(SeatingPlan plan, int round, IReadOnlyList<EventAttendee> attendees, EventPairScores scores) =>
        [.. plan.Rounds[round].Select(t => new EventSeatingTable([.. t.Select(i => attendees[i].Id)], scores.Topics?.Invoke(t) ?? []))];

    private static IReadOnlyList<TableSpec> Layout(int present, int size, int min, int max, int round, int rounds)
    {
        if (present == 0)
        {
            throw new SeatingProblemException(rounds > 1 ? $"Round {round + 1}: nobody is present to seat." : "Nobody is present to seat.");
        }

        try
        {
            return TableSpec.Layout(present, size, min, max);
        }
        catch (SeatingProblemException e) when (rounds > 1)
        {
            throw new SeatingProblemException($"Round {round + 1}: {e.Message}", e);
        }
    }

    private static SeatingConstraints Constraints(IReadOnlyList<EventAttendee> attendees)
    {
        var constraints = new SeatingConstraints();
        constraints.KeepApart([.. attendees.Select(a => string.IsNullOrWhiteSpace(a.ApartKey) ? null : TextNormalizer.FoldKey(a.ApartKey))]);
        for (var i = 0; i < attendees.Count; i++)
        {
            if (attendees[i].PinnedTable is { } table)
            {
                if (table < 0)
                {
                    throw new SeatingProblemException($"{attendees[i].Profile.Name} is pinned to table {table + 1}, which does not exist.");
                }

                constraints.Pin(i, table);
            }
        }

        return constraints;
    }

    private static void CheckRounds(int rounds)
    {
        if (rounds is < 1 or > byte.MaxValue)
        {
            throw new SeatingProblemException($"An event is planned for 1 to {byte.MaxValue} rounds, not {rounds}.");
        }
    }

    private static void CheckIds(IReadOnlyList<EventAttendee> attendees)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attendee in attendees)
        {
            ArgumentNullException.ThrowIfNull(attendee, nameof(attendees));
            if (string.IsNullOrEmpty(attendee.Id) || !seen.Add(attendee.Id))
            {
                throw new ArgumentException($"Every attendee needs an id of their own; \"{attendee.Id}\" is empty or given twice.", nameof(attendees));
            }
        }
    }

    private static EventPairScores CheckScores(EventPairScores scores, int people) =>
        scores.Values.Count == people
            ? scores
            : throw new ArgumentException($"The pair values cover {scores.Values.Count} people; there are {people} to seat.", nameof(scores));
}
