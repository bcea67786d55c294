using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Goen.Core.Matching;
using Goen.Core.Profiles;
using Goen.Data;
using Goen.Data.Events;
using Goen.Data.Network;
using Goen.Data.People;
using Microsoft.EntityFrameworkCore;
using CoreProfile = Goen.Core.Profiles.Profile;

namespace Goen.Benchmarks.Network;

/// <summary>
/// "How can I help?" at network sizes: <c>scripts/bench.sh network [--sizes 500,5000,20000] [--calls 20]
/// [--http] [--web-dll PATH] [--markdown FILE]</c>. For each size a fresh SQLite file is seeded (one account with N
/// typed-in contacts and a 300-person event it attends), then a child process opens it and times
/// <see cref="HelpFinder.ForContactAsync"/> and <see cref="HelpFinder.PeopleToHelpNowAsync"/> end to end, each call
/// on a new context as a request would be, so the child's peak working set is the finder's. With <c>--http</c> the
/// built web app is started over the same file and the API route and page are timed through HTTP.
/// </summary>
internal static class NetworkTiming
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var sizes = Matching.SuggestComparison.Option(args, "--sizes", "500,5000,20000").Split(',').Select(s => int.Parse(s, Invariant)).ToArray();
        var calls = int.Parse(Matching.SuggestComparison.Option(args, "--calls", "20"), Invariant);
        var eventSize = int.Parse(Matching.SuggestComparison.Option(args, "--event-size", "300"), Invariant);
        var http = args.Contains("--http");
        var dll = Matching.SuggestComparison.Option(args, "--web-dll", GoenSite.DefaultDll());
        var output = Matching.SuggestComparison.Option(args, "--markdown", "");
        var md = new StringBuilder();
        md.AppendLine(Invariant, $"Command: `scripts/bench.sh network {string.Join(' ', args)}` — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average before: {LoadAverage()}");
        md.AppendLine();
        md.AppendLine("| contacts | people in index | use case | median | p95 | min | max | allocated / call | peak working set | load average after |");
        md.AppendLine("|---:|---:|---|---:|---:|---:|---:|---:|---:|---|");
        var phases = new StringBuilder();
        phases.AppendLine("| contacts | load (DB → profiles) | build index | rank + explain | sum | finder end to end (same run) |");
        phases.AppendLine("|---:|---:|---:|---:|---:|---:|");
        var web = new StringBuilder();
        web.AppendLine("| contacts | route | median | p95 | min | max | app peak working set | load average after |");
        web.AppendLine("|---:|---|---:|---:|---:|---:|---:|---|");
        foreach (var n in sizes)
        {
            var folder = Directory.CreateTempSubdirectory("goen-network-");
            try
            {
                var file = Path.Combine(folder.FullName, "goen.db");
                var seedClock = Stopwatch.StartNew();
                var (_, email, contactIds) = NetworkSeed.SeedNetworkAsync(file, n, eventSize, 42).GetAwaiter().GetResult();
                var megabytes = folder.GetFiles().Sum(f => f.Length) / (1024.0 * 1024.0);
                Console.WriteLine(string.Create(Invariant, $"N={n}: seeded in {seedClock.Elapsed.TotalSeconds:F1} s ({megabytes:F1} MB with its WAL)"));
                var r = RunChild(file, calls);
                var load = LoadAverage();
                md.AppendLine(Invariant, $"| {n:N0} | {r.IndexPeople:N0} | `HelpFinder.ForContactAsync` | {Ms(r.ForContact, 0.5)} | {Ms(r.ForContact, 0.95)} | {Ms(r.ForContact, 0)} | {Ms(r.ForContact, 1)} | {r.ForContactAllocatedMb:F1} MB | {r.PeakMb:F0} MB | {load} |");
                md.AppendLine(Invariant, $"| {n:N0} | {r.IndexPeople - 1 - r.Events:N0} | `HelpFinder.PeopleToHelpNowAsync` | {Ms(r.HelpNow, 0.5)} | {Ms(r.HelpNow, 0.95)} | {Ms(r.HelpNow, 0)} | {Ms(r.HelpNow, 1)} | {r.HelpNowAllocatedMb:F1} MB | (same process) | {load} |");
                phases.AppendLine(Invariant, $"| {n:N0} | {Ms(r.Load, 0.5)} | {Ms(r.Build, 0.5)} | {Ms(r.Rank, 0.5)} | {Ms([.. r.Load.Zip(r.Build, r.Rank).Select(t => t.First + t.Second + t.Third)], 0.5)} | {Ms(r.ForContact, 0.5)} |");
                if (http)
                {
                    Web(dll, file, email, contactIds, n, calls, web);
                }
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        }

        md.AppendLine();
        md.AppendLine("Where the time of one \"how can I help?\" goes (medians; the finder's steps replayed in the bench, see NetworkTiming.Phases):");
        md.AppendLine();
        md.Append(phases);
        if (http)
        {
            md.AppendLine();
            md.AppendLine("Through HTTP (the built app on 127.0.0.1, one signed-in client, one request at a time):");
            md.AppendLine();
            md.Append(web);
        }

        Console.WriteLine();
        Console.WriteLine(md.ToString());
        if (output.Length > 0)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            File.WriteAllText(output, md.ToString());
        }

        return 0;
    }

    /// <summary>The child process: times the finder on a seeded file and prints one JSON line.</summary>
    public static int RunOne(string[] args)
    {
        var file = Matching.SuggestComparison.Option(args, "--db", "");
        var calls = int.Parse(Matching.SuggestComparison.Option(args, "--calls", "20"), Invariant);
        var result = MeasureAsync(file, calls).GetAwaiter().GetResult();
        Console.WriteLine("RESULT " + JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>The smoke test's case: a tiny network, a few calls, in this process.</summary>
    public static bool Smoke()
    {
        var folder = Directory.CreateTempSubdirectory("goen-network-smoke-");
        try
        {
            var file = Path.Combine(folder.FullName, "goen.db");
            NetworkSeed.SeedNetworkAsync(file, 40, 30, 42).GetAwaiter().GetResult();
            var r = MeasureAsync(file, 2).GetAwaiter().GetResult();
            var burst = NetworkSeed.SeedBurstAsync(Path.Combine(folder.FullName, "burst.db"), 5, 2, 42).GetAwaiter().GetResult();
            Console.WriteLine(string.Create(Invariant, $"network smoke: {r.IndexPeople} people in the index, {r.Suggested} suggested, burst event {burst.EventId} with {burst.Emails.Length} accounts"));
            return r.IndexPeople > 40 && r.Suggested > 0 && burst.Emails.Length == 5;
        }
        finally
        {
            SqliteClearPools();
            folder.Delete(recursive: true);
        }
    }

    private static void SqliteClearPools() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    private static async Task<Result> MeasureAsync(string file, int calls)
    {
        var database = GoenDatabase.Sqlite($"Data Source={file}");
        var clock = TimeProvider.System;
        string userId;
        int[] targets;
        await using (var db = database.CreateContext())
        {
            userId = await db.Users.Where(u => u.Email == "me@bench.example").Select(u => u.Id).SingleAsync();
            var ids = await db.Contacts.OwnedBy(userId).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
            targets = [.. Enumerable.Range(0, 5).Select(k => ids[k * ids.Count / 5])];
        }

        // Warm-up: EF's model and query compilation, the vocabulary, the JIT.
        var suggested = 0;
        for (var w = 0; w < 2; w++)
        {
            await using var db = database.CreateContext();
            var help = await HelpFinder.ForContactAsync(db, userId, targets[w % targets.Length], clock, CancellationToken.None);
            suggested = help!.People.Count + help.Events.Count;
            await using var db2 = database.CreateContext();
            await HelpFinder.PeopleToHelpNowAsync(db2, userId, 5, CancellationToken.None);
        }

        var forContact = new List<double>();
        var allocated = 0L;
        for (var i = 0; i < calls; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            await using (var db = database.CreateContext())
            {
                var help = await HelpFinder.ForContactAsync(db, userId, targets[i % targets.Length], clock, CancellationToken.None);
                suggested = Math.Max(suggested, help!.People.Count + help.Events.Count);
            }

            forContact.Add(watch.Elapsed.TotalMilliseconds);
            allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        var helpNow = new List<double>();
        var allocatedNow = 0L;
        for (var i = 0; i < calls; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            await using (var db = database.CreateContext())
            {
                await HelpFinder.PeopleToHelpNowAsync(db, userId, 5, CancellationToken.None);
            }

            helpNow.Add(watch.Elapsed.TotalMilliseconds);
            allocatedNow += GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        var (load, build, rank, indexPeople, events) = await PhasesAsync(database, userId, targets, Math.Max(3, calls / 4), clock);
        using var process = Process.GetCurrentProcess();
        return new Result(
            indexPeople,
            events,
            suggested,
            [.. forContact],
            [.. helpNow],
            allocated / (double)calls / (1024 * 1024),
            allocatedNow / (double)calls / (1024 * 1024),
            process.PeakWorkingSet64 / (1024.0 * 1024.0),
            load,
            build,
            rank);
    }

    /// <summary>
    /// The steps of <see cref="HelpFinder.ForContactAsync"/> replayed one at a time (its queries, the index over
    /// the contact, the asker, the network and the upcoming events, the scoring of every helper and the reasons
    /// for the top five), so the time can be split into load, build and rank. A copy: if the finder changes, this
    /// split is only indicative; the end-to-end rows above are the finder itself.
    /// </summary>
    private static async Task<(double[] Load, double[] Build, double[] Rank, int IndexPeople, int Events)> PhasesAsync(GoenDatabase database, string userId, int[] targets, int repeat, TimeProvider clock)
    {
        var load = new List<double>();
        var build = new List<double>();
        var rank = new List<double>();
        var indexPeople = 0;
        var eventCount = 0;
        for (var r = 0; r < repeat; r++)
        {
            var watch = Stopwatch.StartNew();
            List<CoreProfile> profiles;
            int helpers;
            await using (var db = database.CreateContext())
            {
                var contacts = await db.Contacts.OwnedBy(userId).AsNoTracking().Include(c => c.Person).ToListAsync();
                var eventPeopleIds = await db.PeopleSharingAnEventWith(userId).Distinct().ToListAsync();
                var others = await db.People.AsNoTracking().Where(p => eventPeopleIds.Contains(p.Id) && p.UserId != userId).ToListAsync();
                var shared = await db.SharedWithAsync(userId, others, CancellationToken.None);
                var me = await db.People.AsNoTracking().SingleAsync(p => p.UserId == userId);
                var target = contacts.First(c => c.Id == targets[r % targets.Length]);
                _ = await db.Encounters.OwnedBy(userId).Where(e => e.ContactId == target.Id && e.TalkedAbout != "").Select(e => e.TalkedAbout).FirstOrDefaultAsync();
                var today = NetworkAccess.Today(clock);
                var events = await db.Events.OrganizedOrAttendedBy(userId).AsNoTracking().Where(e => e.Date >= today).OrderBy(e => e.Date).Take(200)
                    .Select(e => new { e.Title, e.Description, e.Tags }).ToListAsync();
                profiles = [ToCore(target), ToCore(SharedProfile.Of(me, Relation.Owner)!)];
                profiles.AddRange(contacts.Where(c => c != target).Select(ToCore));
                profiles.AddRange(others.Where(p => shared.ContainsKey(p.Id)).Select(p => ToCore(shared[p.Id])));
                helpers = profiles.Count - 2;
                profiles.AddRange(events.Select(e =>
                {
                    var text = string.Join('\n', e.Title, e.Description, e.Tags);
                    return new CoreProfile { Name = e.Title, Offers = text, Interests = text };
                }));
            }

            load.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            var index = CommunityIndex.Build(profiles);
            build.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            var scores = new List<(int At, double Score)>();
            for (var i = 0; i < helpers; i++)
            {
                var score = index.Help(i + 2, 0);
                if (score > 0)
                {
                    scores.Add((i + 2, score));
                }
            }

            foreach (var (at, _) in scores.OrderByDescending(s => s.Score).Take(5))
            {
                _ = index.ExplainHelp(at, 0);
            }

            for (var e = helpers + 2; e < profiles.Count; e++)
            {
                _ = index.ExplainHelp(e, 0);
                _ = index.ExplainTalk(0, e);
            }

            _ = index.ExplainTalk(1, 0);
            rank.Add(watch.Elapsed.TotalMilliseconds);
            indexPeople = profiles.Count;
            eventCount = profiles.Count - helpers - 2;
        }

        return ([.. load], [.. build], [.. rank], indexPeople, eventCount);
    }

    private static CoreProfile ToCore(Contact c) => new() { Name = c.Name, Organization = c.Organization, Offers = c.TheyOffer, Needs = c.TheyNeed, Interests = c.Interests };

    private static CoreProfile ToCore(SharedProfile p) => new()
    {
        Name = p.Name,
        Organization = p.Organization ?? "",
        Offers = p.Offers ?? "",
        Needs = p.Needs ?? "",
        Interests = p.Interests ?? "",
        Languages = ProfileCsv.ParseLanguages(p.Languages ?? ""),
    };

    private static Result RunChild(string file, int calls)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!, [typeof(NetworkTiming).Assembly.Location, "network-run", "--db", file, "--calls", calls.ToString(Invariant)])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (!Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal))
        {
            start.ArgumentList.RemoveAt(0);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"network-run failed (exit {child.ExitCode}): {output}");
        return JsonSerializer.Deserialize<Result>(line["RESULT ".Length..])!;
    }

    private static void Web(string dll, string file, string email, int[] contactIds, int n, int calls, StringBuilder table)
    {
        using var site = GoenSite.StartAsync(dll, file).GetAwaiter().GetResult();
        var (client, _) = site.SignInAsync(email, NetworkSeed.Password).GetAwaiter().GetResult();
        using (client)
        {
            var targets = Enumerable.Range(0, 5).Select(k => contactIds[k * contactIds.Length / 5]).ToArray();
            string[] routes = ["/api/contacts/{id}/help", "/Contacts/Details/{id}", "/"];
            foreach (var route in routes)
            {
                var times = new List<double>();
                for (var i = -2; i < calls; i++)
                {
                    var path = route.Replace("{id}", targets[(i + 2) % targets.Length].ToString(Invariant), StringComparison.Ordinal);
                    var watch = Stopwatch.StartNew();
                    using var response = client.GetAsync(new Uri(path, UriKind.Relative)).GetAwaiter().GetResult();
                    _ = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
                    var elapsed = watch.Elapsed.TotalMilliseconds;
                    if (!response.IsSuccessStatusCode)
                    {
                        throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
                    }

                    if (i >= 0)
                    {
                        times.Add(elapsed);
                    }
                }

                var label = route == "/" ? "`GET /` (home: help now)" : $"`GET {route}`";
                table.AppendLine(Invariant, $"| {n:N0} | {label} | {Ms([.. times], 0.5)} | {Ms([.. times], 0.95)} | {Ms([.. times], 0)} | {Ms([.. times], 1)} | {site.PeakMegabytes:F0} MB | {LoadAverage()} |");
            }
        }
    }

    /// <summary>A percentile by the nearest-rank method (0 = min, 1 = max).</summary>
    private static string Ms(double[] values, double q)
    {
        var sorted = values.Order().ToArray();
        var at = q <= 0 ? 0 : Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1);
        var v = sorted[at];
        return v >= 1000 ? (v / 1000).ToString("0.00 s", Invariant) : v.ToString("0.0 ms", Invariant);
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private sealed record Result(int IndexPeople, int Events, int Suggested, double[] ForContact, double[] HelpNow, double ForContactAllocatedMb, double HelpNowAllocatedMb, double PeakMb, double[] Load, double[] Build, double[] Rank);
}
