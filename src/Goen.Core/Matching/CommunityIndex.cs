using Goen.Core.Profiles;
using Goen.Core.Text;

namespace Goen.Core.Matching;

/// <summary>
/// The pair-value model for a community: who can help whom (<c>help(A→B)</c>), who shares small-talk
/// material (<c>talk(A,B)</c>), and the combined <c>value(A,B)</c>, each with reasons in people's own words.
/// </summary>
/// <remarks>
/// <para>Each person's offers, needs and interests become weighted feature vectors (concepts, words,
/// character pairs; TF-IDF weighted, unit length). <c>help(A→B)</c> is the cosine of A's offers and B's
/// needs, leaving out of B's needs whatever B offers too, so two people who offer the same thing are
/// peers, not each other's help. <c>talk(A,B)</c> is the cosine of their interests.</para>
/// <para>Suggestions for everyone at once use inverted indexes: for each person, only the people who
/// share at least one feature are ever scored, so sparse communities cost far less than all N² pairs.
/// Results are deterministic: ties are broken by position in the community.</para>
/// <para>An index is immutable once built and safe to query from several threads.</para>
/// </remarks>
public sealed class CommunityIndex
{
    private readonly FieldAnalysis[] _offers;
    private readonly FieldAnalysis[] _needs;
    private readonly FieldAnalysis[] _interests;
    private readonly SparseRows _offerVectors;
    private readonly SparseRows _needVectors;
    private readonly SparseRows _interestVectors;
    private readonly SparseRows _offerPostings;
    private readonly SparseRows _interestPostings;

    private CommunityIndex(IReadOnlyList<Profile> people, MatchingOptions options, FieldAnalysis[] offers, FieldAnalysis[] needs, FieldAnalysis[] interests, int workFeatures, int talkFeatures)
    {
        People = people;
        Options = options;
        _offers = offers;
        _needs = needs;
        _interests = interests;
        var workIdf = InverseDocumentFrequency([.. offers, .. needs], workFeatures);
        var talkIdf = InverseDocumentFrequency(interests, talkFeatures);
        _offerVectors = Vectors(offers, workIdf, exclude: null);
        _needVectors = Vectors(needs, workIdf, options.ExcludeOwnOffers ? offers : null);
        _interestVectors = Vectors(interests, talkIdf, exclude: null);
        _offerPostings = _offerVectors.Transpose(workFeatures);
        _interestPostings = _interestVectors.Transpose(talkFeatures);
    }

    /// <summary>Gets the people, in the order given to <see cref="Build"/>; indexes refer to this list.</summary>
    public IReadOnlyList<Profile> People { get; }

    /// <summary>Gets the settings of the model.</summary>
    public MatchingOptions Options { get; }

    /// <summary>Gets the number of people.</summary>
    public int Count => People.Count;

    /// <summary>Builds the index for a community.</summary>
    /// <param name="people">The people.</param>
    /// <param name="analyzer">The text analyzer; <see langword="null"/> for one over <see cref="Vocabulary.Default"/>.</param>
    /// <param name="options">Model settings; <see langword="null"/> for <see cref="MatchingOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the build.</param>
    /// <returns>The index.</returns>
    /// <exception cref="OperationCanceledException">The build was cancelled.</exception>
    public static CommunityIndex Build(IReadOnlyList<Profile> people, TermAnalyzer? analyzer = null, MatchingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        analyzer ??= new TermAnalyzer(Vocabulary.Default);
        options ??= MatchingOptions.Default;
        var n = people.Count;
        var raw = new List<FeatureOccurrence>[3 * n];
        Parallel.For(0, n, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            raw[3 * i] = analyzer.Analyze(people[i].Offers);
            raw[(3 * i) + 1] = analyzer.Analyze(people[i].Needs);
            raw[(3 * i) + 2] = analyzer.Analyze(people[i].Interests);
        });

        // Dense feature ids, one space for offers and needs (they are compared), one for interests.
        var work = new Dictionary<long, int>();
        var talk = new Dictionary<long, int>();
        var offers = new FieldAnalysis[n];
        var needs = new FieldAnalysis[n];
        var interests = new FieldAnalysis[n];
        for (var i = 0; i < n; i++)
        {
            offers[i] = Dense(people[i].Offers, raw[3 * i], work);
            needs[i] = Dense(people[i].Needs, raw[(3 * i) + 1], work);
            interests[i] = Dense(people[i].Interests, raw[(3 * i) + 2], talk);
            raw[3 * i] = raw[(3 * i) + 1] = raw[(3 * i) + 2] = null!;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new CommunityIndex(people, options, offers, needs, interests, work.Count, talk.Count);
    }

    /// <summary>Gets how well <paramref name="from"/>'s offers meet <paramref name="to"/>'s needs.</summary>
    /// <param name="from">The person who could help.</param>
    /// <param name="to">The person who is looking for something.</param>
    /// <returns>help(from→to) in [0, 1]; 0 for a person and themself.</returns>
    public double Help(int from, int to) => from == to ? 0 : _offerVectors.Dot(from, _needVectors, to);

    /// <summary>Gets how much small-talk material two people share.</summary>
    /// <param name="a">One person.</param>
    /// <param name="b">Another person.</param>
    /// <returns>talk(a,b) in [0, 1], symmetric; 0 for a person and themself.</returns>
    public double Talk(int a, int b) => a == b ? 0 : _interestVectors.Dot(a, _interestVectors, b);

    /// <summary>Gets the seating value of a pair: α·(help both ways) + β·talk.</summary>
    /// <param name="a">One person.</param>
    /// <param name="b">Another person.</param>
    /// <returns>value(a,b), symmetric.</returns>
    public double Value(int a, int b) => (Options.HelpWeight * (Help(a, b) + Help(b, a))) + (Options.TalkWeight * Talk(a, b));

    /// <summary>Explains help(from→to): the score and what matched, in both people's words.</summary>
    /// <param name="from">The person who could help.</param>
    /// <param name="to">The person who is looking for something.</param>
    /// <returns>The match, with reasons such as "ウェブサイト制作 ↔ ホームページ".</returns>
    public Match ExplainHelp(int from, int to) =>
        new(from, Help(from, to), Reasons(_offers[from], _offerVectors, from, _needs[to], _needVectors, to));

    /// <summary>Explains talk(a,b): the score and the shared topics.</summary>
    /// <param name="a">The person the topics are for.</param>
    /// <param name="partner">The person to talk with.</param>
    /// <returns>The match, with topics such as "ゴルフ" or "wine ↔ ワイン".</returns>
    public Match ExplainTalk(int a, int partner) =>
        new(partner, Talk(a, partner), Reasons(_interests[partner], _interestVectors, partner, _interests[a], _interestVectors, a));

    /// <summary>Suggests, for everyone, who can help them and who to make small talk with.</summary>
    /// <param name="top">How many of each to suggest per person, at most.</param>
    /// <param name="progress">Receives the number of people done so far; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>One entry per person, in community order. Only people with a score above zero are suggested.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1.</exception>
    /// <exception cref="OperationCanceledException">The work was cancelled.</exception>
    public PersonSuggestions[] SuggestAll(int top, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var n = Count;
        var results = new PersonSuggestions[n];
        var done = 0;
        Parallel.For(0, n, new ParallelOptions { CancellationToken = cancellationToken }, () => new Scratch(n, top), (person, _, scratch) =>
        {
            var helpers = scratch.Top(person, _needVectors, _offerPostings);
            var introductions = helpers.Select(h => new Match(h.Person, h.Score, Reasons(_offers[h.Person], _offerVectors, h.Person, _needs[person], _needVectors, person))).ToArray();
            var partners = scratch.Top(person, _interestVectors, _interestPostings);
            var starters = partners.Select(p => new Match(p.Person, p.Score, Reasons(_interests[p.Person], _interestVectors, p.Person, _interests[person], _interestVectors, person))).ToArray();
            results[person] = new PersonSuggestions(person, introductions, starters);
            if (progress is not null && Interlocked.Increment(ref done) % 256 == 0)
            {
                progress.Report(done);
            }

            return scratch;
        }, _ => { });
        progress?.Report(n);
        return results;
    }

    /// <summary>Ranks everyone by how well they can help <paramref name="person"/>.</summary>
    /// <param name="person">The person who is looking for something.</param>
    /// <param name="top">How many to return, at most.</param>
    /// <returns>People with help(them→person) above zero, best first, ties by community order.</returns>
    public IReadOnlyList<(int Person, double Score)> RankHelpers(int person, int top) =>
        new Scratch(Count, top).Top(person, _needVectors, _offerPostings).Select(s => (s.Person, (double)s.Score)).ToArray();

    /// <summary>Gets value(i,j) for every pair, for seating.</summary>
    /// <returns>A symmetric n×n matrix, row-major, with zeros on the diagonal.</returns>
    public float[] ValueMatrix()
    {
        var n = Count;
        var help = new float[n * n];
        var talk = new float[n * n];
        Parallel.For(0, n, to =>
        {
            Accumulate(to, _needVectors, _offerPostings, help.AsSpan(to * n, n));
            Accumulate(to, _interestVectors, _interestPostings, talk.AsSpan(to * n, n));
        });
        var value = new float[n * n];
        var alpha = (float)Options.HelpWeight;
        var beta = (float)Options.TalkWeight;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                // help[to * n + from] holds help(from→to).
                value[(i * n) + j] = i == j ? 0 : (alpha * (help[(j * n) + i] + help[(i * n) + j])) + (beta * talk[(i * n) + j]);
            }
        }

        return value;
    }

    private static void Accumulate(int row, SparseRows query, SparseRows postings, Span<float> into)
    {
        var features = query.Indices(row);
        var weights = query.Values(row);
        for (var k = 0; k < features.Length; k++)
        {
            var w = weights[k];
            var people = postings.Indices(features[k]);
            var values = postings.Values(features[k]);
            for (var p = 0; p < people.Length; p++)
            {
                into[people[p]] += w * values[p];
            }
        }
    }

    private static FieldAnalysis Dense(string text, List<FeatureOccurrence> features, Dictionary<long, int> ids)
    {
        if (features.Count == 0)
        {
            return FieldAnalysis.Empty;
        }

        var idArray = new int[features.Count];
        var weights = new float[features.Count];
        var starts = new int[features.Count];
        var ends = new int[features.Count];
        for (var k = 0; k < features.Count; k++)
        {
            var f = features[k];
            if (!ids.TryGetValue(f.Key, out var id))
            {
                id = ids.Count;
                ids.Add(f.Key, id);
            }

            idArray[k] = id;
            weights[k] = f.Weight;
            starts[k] = f.Start;
            ends[k] = f.End;
        }

        return new FieldAnalysis(text, idArray, weights, starts, ends);
    }

    private static float[] InverseDocumentFrequency(FieldAnalysis[] documents, int features)
    {
        var df = new int[features];
        var seen = new int[features];
        Array.Fill(seen, -1);
        for (var d = 0; d < documents.Length; d++)
        {
            foreach (var id in documents[d].Ids)
            {
                if (seen[id] != d)
                {
                    seen[id] = d;
                    df[id]++;
                }
            }
        }

        var idf = new float[features];
        for (var f = 0; f < features; f++)
        {
            idf[f] = (float)Math.Log(1.0 + ((double)documents.Length / Math.Max(1, df[f])));
        }

        return idf;
    }

    // TF-IDF with sublinear term frequency, times the strongest weight the feature was found with
    // (a synonym counts fully, a related term or a character pair less), scaled to unit length.
    private static SparseRows Vectors(FieldAnalysis[] fields, float[] idf, FieldAnalysis[]? exclude)
    {
        var start = new int[fields.Length + 1];
        var index = new List<int>();
        var value = new List<float>();
        var counts = new Dictionary<int, (int Count, float Weight)>();
        for (var r = 0; r < fields.Length; r++)
        {
            counts.Clear();
            var field = fields[r];
            for (var k = 0; k < field.Count; k++)
            {
                var id = field.Ids[k];
                counts[id] = counts.TryGetValue(id, out var c) ? (c.Count + 1, Math.Max(c.Weight, field.Weights[k])) : (1, field.Weights[k]);
            }

            var rowStart = index.Count;
            var norm = 0.0;
            foreach (var id in counts.Keys.Order())
            {
                var (count, weight) = counts[id];
                var w = (float)((1 + Math.Log(count)) * idf[id] * weight);
                index.Add(id);
                value.Add(w);
                norm += w * w;
            }

            var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
            var kept = rowStart;
            for (var k = rowStart; k < index.Count; k++)
            {
                if (exclude is not null && Array.IndexOf(exclude[r].Ids, index[k]) >= 0)
                {
                    continue;
                }

                index[kept] = index[k];
                value[kept] = value[k] * scale;
                kept++;
            }

            index.RemoveRange(kept, index.Count - kept);
            value.RemoveRange(kept, value.Count - kept);
            start[r + 1] = index.Count;
        }

        return new SparseRows(start, [.. index], [.. value]);
    }

    // Reasons are the matched features, grouped by where they sit in the two texts so that a word
    // matched as a concept, as a spelling and as character pairs reads as one reason.
    private List<string> Reasons(FieldAnalysis giver, SparseRows giverVectors, int giverRow, FieldAnalysis receiver, SparseRows receiverVectors, int receiverRow)
    {
        var items = new List<(int RStart, int REnd, int GStart, int GEnd, float Weight)>();
        for (var k = 0; k < receiver.Count; k++)
        {
            var id = receiver.Ids[k];
            var r = receiverVectors.Get(receiverRow, id);
            if (r == 0)
            {
                continue;
            }

            var g = giverVectors.Get(giverRow, id);
            if (g == 0)
            {
                continue;
            }

            var at = giver.FirstOccurrence(id);
            items.Add((receiver.Starts[k], receiver.Ends[k], giver.Starts[at], giver.Ends[at], r * g));
        }

        items.Sort((a, b) => a.RStart != b.RStart ? a.RStart.CompareTo(b.RStart) : b.REnd.CompareTo(a.REnd));
        var groups = new List<(int RStart, int REnd, int GStart, int GEnd, float Weight)>();
        foreach (var item in items)
        {
            if (groups.Count > 0)
            {
                var last = groups[^1];
                var touchesReceiver = item.RStart <= last.REnd;
                var touchesGiver = item.GStart <= last.GEnd && item.GEnd >= last.GStart;
                if (touchesReceiver && touchesGiver)
                {
                    groups[^1] = (last.RStart, Math.Max(last.REnd, item.REnd), Math.Min(last.GStart, item.GStart), Math.Max(last.GEnd, item.GEnd), last.Weight + item.Weight);
                    continue;
                }
            }

            groups.Add(item);
        }

        var reasons = new List<string>();
        foreach (var group in groups.OrderByDescending(g => g.Weight).ThenBy(g => g.RStart))
        {
            var receiverWords = receiver.Text[group.RStart..group.REnd];
            var giverWords = giver.Text[group.GStart..group.GEnd];
            var reason = TextNormalizer.FoldKey(receiverWords) == TextNormalizer.FoldKey(giverWords) ? receiverWords : $"{giverWords} ↔ {receiverWords}";
            if (!reasons.Contains(reason))
            {
                reasons.Add(reason);
            }

            if (reasons.Count == Options.MaxReasons)
            {
                break;
            }
        }

        return reasons;
    }

    /// <summary>Per-thread buffers for scoring one person against everyone.</summary>
    private sealed class Scratch(int people, int top)
    {
        private readonly float[] _score = new float[people];
        private readonly int[] _touched = new int[people];
        private readonly (int Person, float Score)[] _best = new (int, float)[top];

        public (int Person, float Score)[] Top(int person, SparseRows query, SparseRows postings)
        {
            var touched = 0;
            var features = query.Indices(person);
            var weights = query.Values(person);
            for (var k = 0; k < features.Length; k++)
            {
                var w = weights[k];
                var candidates = postings.Indices(features[k]);
                var values = postings.Values(features[k]);
                for (var p = 0; p < candidates.Length; p++)
                {
                    var c = candidates[p];
                    if (_score[c] == 0)
                    {
                        _touched[touched++] = c;
                    }

                    _score[c] += w * values[p];
                }
            }

            var count = 0;
            for (var t = 0; t < touched; t++)
            {
                var c = _touched[t];
                var s = _score[c];
                _score[c] = 0;
                if (c == person || s <= 0)
                {
                    continue;
                }

                Insert(ref count, c, s);
            }

            return _best[..count];
        }

        // Keeps the best `top` in order: higher score first, then lower index (stable and deterministic).
        private void Insert(ref int count, int person, float score)
        {
            if (count == _best.Length && !Better(person, score, _best[count - 1]))
            {
                return;
            }

            var at = count < _best.Length ? count++ : count - 1;
            while (at > 0 && Better(person, score, _best[at - 1]))
            {
                _best[at] = _best[at - 1];
                at--;
            }

            _best[at] = (person, score);
        }

        private static bool Better(int person, float score, (int Person, float Score) other) =>
            score > other.Score || (score == other.Score && person < other.Person);
    }
}
