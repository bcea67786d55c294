using CsvHelper;
using Goen.Core.Profiles;

namespace Goen.Core.Matching;

/// <summary>
/// Measures how well a ranking of helpers finds, for each person, the people who can really help
/// them, on a labelled set: hit@3 (a right person among the first three) and mean reciprocal rank.
/// </summary>
/// <remarks>
/// Used by the tests (a floor on quality) and by the benchmark (Goen next to its baselines), so both
/// measure the same way. A ranker returns people by index, best first, without the person asked about.
/// </remarks>
public static class MatchingEvaluation
{
    /// <summary>Reads the labelled queries: TSV with columns <c>person, relevant (names split by ;), crosses_language</c>.</summary>
    /// <param name="tsv">The file's text.</param>
    /// <returns>The queries in file order.</returns>
    public static IReadOnlyList<EvaluationQuery> ReadQueries(string tsv)
    {
        using var reader = CsvReader.FromText(tsv, new CsvReaderOptions { Separator = '\t' });
        var queries = new List<EvaluationQuery>();
        while (reader.Read())
        {
            var relevant = reader.GetString("relevant").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            queries.Add(new EvaluationQuery(reader.GetString("person").Trim(), relevant, reader.GetString("crosses_language").Trim() == "yes"));
        }

        return queries;
    }

    /// <summary>Reads competitor pairs: TSV with columns <c>a, b</c>.</summary>
    /// <param name="tsv">The file's text.</param>
    /// <returns>The pairs in file order.</returns>
    public static IReadOnlyList<(string A, string B)> ReadCompetitors(string tsv)
    {
        using var reader = CsvReader.FromText(tsv, new CsvReaderOptions { Separator = '\t' });
        var pairs = new List<(string, string)>();
        while (reader.Read())
        {
            pairs.Add((reader.GetString("a").Trim(), reader.GetString("b").Trim()));
        }

        return pairs;
    }

    /// <summary>Scores a ranker on labelled queries.</summary>
    /// <param name="people">The community the names refer to.</param>
    /// <param name="queries">Who needs help, and who can really help them.</param>
    /// <param name="competitors">Pairs who offer the same thing and must not be suggested to each other.</param>
    /// <param name="rankHelpers">For a person's index, the indexes of people who can help them, best first.</param>
    /// <returns>The measures.</returns>
    /// <exception cref="ArgumentException">A name in the queries is not in <paramref name="people"/>.</exception>
    public static EvaluationResult Evaluate(IReadOnlyList<Profile> people, IReadOnlyList<EvaluationQuery> queries, IReadOnlyList<(string A, string B)> competitors, Func<int, IReadOnlyList<int>> rankHelpers)
    {
        ArgumentNullException.ThrowIfNull(rankHelpers);
        var indexOf = LabelledNames.IndexIn(people, nameof(queries));

        var all = new Accumulator();
        var cross = new Accumulator();
        var misses = new List<string>();
        foreach (var query in queries)
        {
            var person = indexOf(query.Person);
            var relevant = query.Relevant.Select(indexOf).ToHashSet();
            var ranking = rankHelpers(person);
            var rank = 0;
            for (var r = 0; r < ranking.Count; r++)
            {
                if (relevant.Contains(ranking[r]))
                {
                    rank = r + 1;
                    break;
                }
            }

            all.Add(rank);
            if (query.CrossesLanguage)
            {
                cross.Add(rank);
            }

            if (rank is 0 or > 3)
            {
                misses.Add(query.Person);
            }
        }

        var violations = 0;
        foreach (var (a, b) in competitors)
        {
            var ia = indexOf(a);
            var ib = indexOf(b);
            violations += rankHelpers(ib).Take(3).Contains(ia) ? 1 : 0;
            violations += rankHelpers(ia).Take(3).Contains(ib) ? 1 : 0;
        }

        return new EvaluationResult(all.Count, all.HitAt3, all.Mrr, cross.Count, cross.HitAt3, cross.Mrr, competitors.Count, violations, misses);
    }

    private sealed class Accumulator
    {
        private int _hits;
        private double _reciprocal;

        public int Count { get; private set; }

        public double HitAt3 => Count == 0 ? 0 : (double)_hits / Count;

        public double Mrr => Count == 0 ? 0 : _reciprocal / Count;

        public void Add(int rank)
        {
            Count++;
            _hits += rank is > 0 and <= 3 ? 1 : 0;
            _reciprocal += rank > 0 ? 1.0 / rank : 0;
        }
    }
}
