using Goen.Core.Matching;

namespace Goen.Core.Tests.Matching;

public class TopKSearchTests
{
    private const int Documents = 3000;
    private const int Features = 40;

    [Theory]
    [InlineData(0, 2500)] // a query with many features: the dense pass, sorted past 1,024
    [InlineData(1, 2500)] // a query with one rare feature: the sparse pass, sorted past 1,024
    [InlineData(0, 1000)] // the same by insertion
    [InlineData(1, 1000)]
    public void Top_AtAnyDepth_IsTheBruteForceOrder_HigherScoreFirstThenLowerIndex(int query, int k)
    {
        var (queries, documents) = Community();
        var search = new TopKSearch(queries, documents, Features);

        var top = search.Top(query, exclude: 7, k, TopKSearch.Scratch.ForThread(Documents));

        var expected = Enumerable.Range(0, Documents)
            .Where(d => d != 7)
            .Select(d => (Document: d, Score: Score(queries, query, documents, d)))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score).ThenBy(p => p.Document)
            .Take(k)
            .ToArray();
        Assert.Equal(expected, top);
    }

    // The dense pass (query 0) and the sparse pass (query 1), by insertion (10) and sorted past 1,024 (1,500).
    public static TheoryData<int, int> CheckedPasses => new() { { 0, 10 }, { 1, 10 }, { 0, 1500 }, { 1, 1500 } };

    [Theory]
    [MemberData(nameof(CheckedPasses))]
    public void Top_WithACheck_IsTheFirstKThatPassIt_InTheSameOrder(int query, int k)
    {
        var (queries, documents) = Community();
        var search = new TopKSearch(queries, documents, Features);
        var scratch = TopKSearch.Scratch.ForThread(Documents);
        var asked = 0;

        var checkedTop = search.Top(query, exclude: 7, k, scratch, (d, _) => ++asked > 0 && d % 3 != 0);

        var expected = search.Top(query, exclude: 7, Documents, scratch).Where(p => p.Document % 3 != 0).Take(k).ToArray();
        Assert.Equal(expected, checkedTop);
        Assert.NotEmpty(checkedTop);
        Assert.True(asked >= checkedTop.Length);
    }

    // A check that about one document in ten passes: the first few times k of the unchecked order hold fewer than k that pass,
    // so the search has to go past them (the dense pass, query 0), or there are fewer than k in all (the sparse pass, query 1,
    // whose few documents are multiples of 50).
    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 10)]
    [InlineData(0, 40)]
    public void Top_WithACheckFewPass_IsStillTheFirstKThatPassIt(int query, int k)
    {
        var (queries, documents) = Community();
        var search = new TopKSearch(queries, documents, Features);
        var scratch = TopKSearch.Scratch.ForThread(Documents);

        var checkedTop = search.Top(query, exclude: 7, k, scratch, (d, _) => d % 10 == 3 || d % 100 == 0);

        var expected = search.Top(query, exclude: 7, Documents, scratch).Where(p => p.Document % 10 == 3 || p.Document % 100 == 0).Take(k).ToArray();
        Assert.Equal(expected, checkedTop);
        Assert.NotEmpty(checkedTop);
    }

    [Theory]
    [MemberData(nameof(CheckedPasses))]
    public void Top_WithAFloor_LeavesOutWhatIsBelowIt_WithoutAskingTheCheck(int query, int k)
    {
        var (queries, documents) = Community();
        var search = new TopKSearch(queries, documents, Features);
        var scratch = TopKSearch.Scratch.ForThread(Documents);
        var all = search.Top(query, exclude: 7, Documents, scratch);
        var least = all[all.Length / 2].Score;
        var askedBelow = 0;

        var floored = search.Top(query, exclude: 7, k, scratch, (d, s) => (s >= least || ++askedBelow < 0) && d % 3 != 0, least);

        var expected = all.Where(p => p.Document % 3 != 0 && p.Score >= least).Take(k).ToArray();
        Assert.Equal(expected, floored);
        Assert.NotEmpty(floored);
        Assert.Equal(0, askedBelow);
    }

    [Fact]
    public void Top_DeeperRanking_StartsWithTheShallowerOne()
    {
        var (queries, documents) = Community();
        var search = new TopKSearch(queries, documents, Features);
        var scratch = TopKSearch.Scratch.ForThread(Documents);

        var shallow = search.Top(0, -1, 1024, scratch);
        var deep = search.Top(0, -1, 2048, scratch);

        Assert.Equal(1024, shallow.Length);
        Assert.Equal(shallow, deep[..1024]);
    }

    // Summed in the query's feature order, as the search sums, so the floats are the same to the last bit.
    private static float Score(SparseRows queries, int query, SparseRows documents, int document)
    {
        var sum = 0f;
        var features = queries.Indices(query);
        var weights = queries.Values(query);
        for (var i = 0; i < features.Length; i++)
        {
            sum += weights[i] * documents.Get(document, features[i]);
        }

        return sum;
    }

    // Documents with three of forty features each, scores rounded to few values so that ties are common; query 0 has
    // every feature, query 1 only feature 39, which few documents have.
    private static (SparseRows Queries, SparseRows Documents) Community()
    {
        var random = new Random(5);
        var start = new int[Documents + 1];
        var index = new List<int>();
        var value = new List<float>();
        for (var d = 0; d < Documents; d++)
        {
            foreach (var f in Enumerable.Range(0, 3).Select(_ => random.Next(d % 50 == 0 ? Features : Features - 1)).Distinct().Order())
            {
                index.Add(f);
                value.Add(random.Next(1, 4) / 4f);
            }

            start[d + 1] = index.Count;
        }

        var documents = new SparseRows(start, [.. index], [.. value]);
        var all = Enumerable.Range(0, Features).ToArray();
        var queries = new SparseRows([0, Features, Features + 1], [.. all, Features - 1], [.. all.Select(f => (f % 3 + 1) / 2f), 1f]);
        return (queries, documents);
    }
}
