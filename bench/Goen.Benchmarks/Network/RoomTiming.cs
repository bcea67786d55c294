using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Goen.Benchmarks.Network;

/// <summary>
/// A whole room opening Goen, open loop: <c>room --url URL --cookies FILE --event ID [--over 10]</c>. Each person
/// (one <c>goen.auth</c> cookie a line) starts at their own moment, spread evenly over <c>--over</c> seconds (0: all
/// at once), and loads their home page, then the event's attendee list, one after the other as a phone would.
/// Latency counts from the moment the person was due to start, so a slow server cannot hide its queue by
/// sending fewer requests (wrk, a closed loop, measures only the requests it got to send).
/// </summary>
internal static class RoomTiming
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var url = new Uri(Matching.SuggestComparison.Option(args, "--url", "http://127.0.0.1:5000"));
        var cookies = File.ReadAllLines(Matching.SuggestComparison.Option(args, "--cookies", "cookies.txt")).Where(l => l.Length > 0).ToArray();
        var eventId = Matching.SuggestComparison.Option(args, "--event", "1");
        var over = double.Parse(Matching.SuggestComparison.Option(args, "--over", "10"), Invariant);
        using var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };
        string[] paths = ["/", $"/Events/Attendees/{eventId}"];
        var latencies = paths.ToDictionary(p => p, _ => new double[cookies.Length]);
        var done = new double[cookies.Length];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var people = Enumerable.Range(0, cookies.Length).Select(async i =>
        {
            var due = TimeSpan.FromSeconds(over * i / cookies.Length);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            foreach (var path in paths)
            {
                var start = clock.Elapsed;
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
                request.Headers.Add("Cookie", "goen.auth=" + cookies[i]);
                using var response = await client.SendAsync(request);
                _ = await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }

                // The home page from the person's due moment (any wait for a connection included); the list from when the home page came.
                latencies[path][i] = (clock.Elapsed - (path == "/" ? due : start)).TotalMilliseconds;
            }

            done[i] = (clock.Elapsed - due).TotalMilliseconds;
        }).ToArray();
        Task.WaitAll(people);
        var total = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(Invariant, $"{cookies.Length} people over {over:0.#} s: last answer after {total:F2} s, {2 * cookies.Length / total:F1} requests/s, {failures} answers other than 200"));
        foreach (var path in paths)
        {
            Console.WriteLine(Line(path, latencies[path]));
        }

        Console.WriteLine(Line("both pages, per person", done));
        return failures == 0 ? 0 : 1;
    }

    private static string Line(string what, double[] values)
    {
        var sorted = values.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1))];
        return string.Create(Invariant, $"RESULT {what}: p50_ms={At(0.5):F0} p99_ms={At(0.99):F0} max_ms={sorted[^1]:F0}");
    }
}
