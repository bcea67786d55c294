using System.Globalization;

namespace Goen.Benchmarks.Network;

/// <summary>
/// The two steps of scripts/bench-burst.sh that need the app's code: <c>seed-burst --db FILE [--people 300]
/// [--contacts-each 20] --accounts FILE</c> writes a fresh SQLite file with that many accounts registered for one
/// event (each with a profile and a few contacts) and prints the event's id; <c>sign-in --url URL --accounts FILE
/// --cookies FILE</c> signs every account in through the sign-in form and writes their <c>goen.auth</c> cookies,
/// one a line.
/// </summary>
internal static class BurstSetup
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Seed(string[] args)
    {
        var file = Matching.SuggestComparison.Option(args, "--db", "");
        var people = int.Parse(Matching.SuggestComparison.Option(args, "--people", "300"), Invariant);
        var contactsEach = int.Parse(Matching.SuggestComparison.Option(args, "--contacts-each", "20"), Invariant);
        var accounts = Matching.SuggestComparison.Option(args, "--accounts", "");
        if (file.Length == 0 || accounts.Length == 0 || File.Exists(file))
        {
            Console.Error.WriteLine("usage: seed-burst --db NEW_FILE --accounts FILE [--people 300] [--contacts-each 20]");
            return 2;
        }

        var (eventId, emails) = NetworkSeed.SeedBurstAsync(file, people, contactsEach, 42).GetAwaiter().GetResult();
        File.WriteAllLines(accounts, emails.Select(e => $"{e} {NetworkSeed.Password}"));
        Console.WriteLine(eventId.ToString(Invariant));
        return 0;
    }

    public static int SignIn(string[] args)
    {
        var url = new Uri(Matching.SuggestComparison.Option(args, "--url", "http://127.0.0.1:5000"));
        var accounts = File.ReadAllLines(Matching.SuggestComparison.Option(args, "--accounts", "")).Where(l => l.Length > 0).Select(l => l.Split(' ', 2)).ToArray();
        var cookies = new string[accounts.Length];

        // Four at a time: each sign-in hashes a password (PBKDF2), which is the slow part; the order of the file is kept.
        Parallel.For(0, accounts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var (client, cookie) = GoenSite.SignInAsync(url, accounts[i][0], accounts[i][1]).GetAwaiter().GetResult();
            client.Dispose();
            cookies[i] = cookie;
        });
        File.WriteAllLines(Matching.SuggestComparison.Option(args, "--cookies", "cookies.txt"), cookies);
        Console.WriteLine(string.Create(Invariant, $"signed in {cookies.Length} accounts"));
        return 0;
    }
}
