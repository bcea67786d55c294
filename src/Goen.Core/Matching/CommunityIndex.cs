using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    private readonly FeatureFacts[] _offerFacts;
    private readonly FeatureFacts[] _needFacts;
    private readonly FeatureFacts[] _interestFacts;
    private readonly int[] _offerFirst;
    private readonly int[] _interestFirst;
    private readonly TopKSearch _help;
    private readonly TopKSearch _talk;
    private readonly string[][] _requiredLanguages;
    private readonly RuledOutTerm[][] _ruledOut;
    private readonly (List<string> Offered, List<string> Asked)[] _directions;
    private readonly (List<string> Offered, List<string> Asked, List<string> Medium, (string First, string Second)? Pair)[] _named;
    private readonly (int Offer, int Need)[] _scopes;
    private readonly byte[] _offerRoles;
    private readonly byte[] _needRoles;
    private readonly (int Offer, int Need)[] _objects;
    private readonly (int Person, double Score)[]?[] _pools;
    private readonly bool[] _concepts;
    private readonly LanguageBits[]? _languageBits;

    private CommunityIndex(IReadOnlyList<Profile> people, MatchingOptions options, FieldAnalysis[] offers, FieldAnalysis[] needs, FieldAnalysis[] interests, int workFeatures, int talkFeatures, string[][] requiredLanguages, RuledOutTerm[][] ruledOut, (List<string> Offered, List<string> Asked)[] directions, (List<string> Offered, List<string> Asked, List<string> Medium, (string First, string Second)? Pair)[] named, (int Offer, int Need)[] scopes, (int Start, int End, int Roles)[]?[] services, (int Start, int End, int Roles)[]?[] requests, (int Offer, int Need)[] objects, bool[] concepts)
    {
        _scopes = scopes;
        _objects = objects;
        _concepts = concepts;
        _directions = directions;
        _named = named;
        _pools = new (int Person, double Score)[]?[people.Count];
        _requiredLanguages = requiredLanguages;
        _languageBits = LanguageBits.Of(people, requiredLanguages, named, directions);
        _ruledOut = ruledOut;
        People = people;
        Options = options;
        _offers = offers;
        _needs = needs;
        _interests = interests;

        // The work space (offers, needs) and the small-talk space (interests) are independent.
        var work = Task.Run(() =>
        {
            var idf = InverseDocumentFrequency([.. offers, .. needs], workFeatures);
            var offerVectors = Vectors(offers, idf, exclude: null);
            var needVectors = Vectors(needs, idf, options.ExcludeOwnOffers ? offers : null);
            var offerFacts = Facts(offers, offerVectors);
            return (offerVectors, needVectors, new TopKSearch(needVectors, offerVectors, workFeatures), offerFacts, Facts(needs, needVectors), PartRoles(offers, offerVectors, offerFacts.Facts, services, scopes, need: false), PartRoles(needs, needVectors, null, requests, scopes, need: true));
        });
        _interestVectors = Vectors(interests, InverseDocumentFrequency(interests, talkFeatures), exclude: null);
        (_interestFacts, _interestFirst) = Facts(interests, _interestVectors);
        _talk = new TopKSearch(_interestVectors, _interestVectors, talkFeatures);
        (_offerVectors, _needVectors, _help, (_offerFacts, _offerFirst), (_needFacts, _), _offerRoles, _needRoles) = work.GetAwaiter().GetResult();
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
        var raw = new FeatureOccurrence[3 * n][];
        var required = new string[n][];
        var ruledOutRaw = new FeatureOccurrence[n][];
        var directions = new (List<string> Offered, List<string> Asked)[n];
        var named = new (List<string> Offered, List<string> Asked, List<string> Medium, (string First, string Second)? Pair)[n];
        var scopes = new (int Offer, int Need)[n];
        var services = new (int Start, int End, int Roles)[]?[n];
        var requests = new (int Start, int End, int Roles)[]?[n];
        var objects = new (int Offer, int Need)[n];
        Parallel.For(0, n, new ParallelOptions { CancellationToken = cancellationToken }, () => new List<FeatureOccurrence>(64), (i, _, features) =>
        {
            var negated = NegatedClauses.Find(people[i].Offers);
            ruledOutRaw[i] = negated.Count == 0 ? [] : Inside(analyzer, people[i].Offers, features, negated);
            var offered = NegatedClauses.Without(people[i].Offers, negated);
            directions[i] = (TranslationDirection.Targets(offered), TranslationDirection.Targets(people[i].Needs));
            var offeredNames = LanguageMedium.Named(offered);
            named[i] = (offeredNames, LanguageMedium.Named(people[i].Needs), offeredNames.Count > 0 && LanguageMedium.Find(offered).Exists(m => m.Required) ? offeredNames : [], offeredNames.Count > 1 ? LanguageMedium.Pair(offered) : null);
            scopes[i] = (ScopeFacets.Offer(people[i].Offers, negated), ScopeFacets.Need(people[i].Needs));
            var offeredFolded = TextNormalizer.NfkcLower(offered);
            var needsFolded = TextNormalizer.NfkcLower(people[i].Needs);
            services[i] = string.IsNullOrWhiteSpace(offered) ? null : RoleFacets.Services(offered, offeredFolded);
            scopes[i].Offer |= services[i] is null ? 0 : RoleFacets.PerService;

            // The roles a need accepts are read from what it asks for, not from its setting: 「ヨガレッスンに来てくれる生徒さん」 asks
            // for students, from whoever can bring them, not for a teacher.
            var setting = NeedSettings.Find(people[i].Needs);
            if (setting.Count > 0)
            {
                scopes[i].Need = (scopes[i].Need & ~RoleFacets.All) | RoleFacets.Need(TextNormalizer.NfkcLower(NegatedClauses.Without(people[i].Needs, setting)));
            }

            requests[i] = string.IsNullOrWhiteSpace(people[i].Needs) ? null : RoleFacets.Requests(people[i].Needs, needsFolded, setting);
            scopes[i].Need |= requests[i] is null ? 0 : RoleFacets.PerService;
            objects[i] = (ObjectFacets.Offer(offeredFolded), ObjectFacets.Need(needsFolded));
            raw[3 * i] = Analyze(analyzer, people[i].Offers, features, keepRelated: true, [.. negated, .. ReferralClauses.Find(people[i].Offers)]);
            var media = LanguageMedium.Find(people[i].Needs, need: true);
            raw[(3 * i) + 1] = Analyze(analyzer, people[i].Needs, features, keepRelated: false, options.RespectLanguages && media.Count > 0 ? media.ConvertAll(m => (m.Start, LanguageMedium.PhraseEnd(people[i].Needs, m.End))) : null);
            NeedSettings.Mark(setting, raw[(3 * i) + 1]);
            required[i] = options.RespectLanguages && media.Count > 0 ? [.. media.Where(m => m.Required).Select(m => m.Code).Distinct()] : [];
            // A need that asks for someone who speaks a language other than Japanese (「英語が話せる税理士」) is about something
            // foreign, however Japanese its words: an offer for foreign residents only can meet it. Not so a need for
            // "English-speaking clients": they are whom the asker serves, not whom they ask to help.
            if (media.Exists(m => m.Required && m.Code != "ja") && LanguageMedium.Speakers(people[i].Needs).Exists(code => code != "ja"))
            {
                scopes[i].Need &= ~ScopeFacets.JapaneseResident;
            }

            raw[(3 * i) + 2] = Analyze(analyzer, people[i].Interests, features, keepRelated: false);
            return features;
        }, _ => { });

        // Dense feature ids, one space for offers and needs (they are compared), one for interests.
        var work = new Dictionary<long, int>(Math.Min(4 * n, 1 << 20));
        var talk = new Dictionary<long, int>(Math.Min(n, 1 << 18));
        var offers = new FieldAnalysis[n];
        var needs = new FieldAnalysis[n];
        var interests = new FieldAnalysis[n];
        var ruledOut = new RuledOutTerm[n][];

        // The two spaces are numbered independently, so they are numbered side by side (each in community order, so the
        // ids are those of one loop doing both).
        var talkIds = Task.Run(() =>
        {
            for (var i = 0; i < n; i++)
            {
                // In small talk a broad pastime (旅行, 音楽) is weak wherever it stands.
                interests[i] = Dense(people[i].Interests, raw[(3 * i) + 2], talk, options.BroadWeight, settingsOnly: false);
                raw[(3 * i) + 2] = null!;
            }
        }, cancellationToken);
        for (var i = 0; i < n; i++)
        {
            // Work text is about things: a broad word is weak only as the setting of one (「事務所の」ロゴ), while 「小さな
            // オフィス」 is the office itself.
            offers[i] = Dense(people[i].Offers, raw[3 * i], work, options.BroadWeight, settingsOnly: true);
            ruledOut[i] = RuledOut(ruledOutRaw[i], offers[i], work);
            needs[i] = Dense(people[i].Needs, raw[(3 * i) + 1], work, options.BroadWeight, settingsOnly: true);
            raw[3 * i] = raw[(3 * i) + 1] = null!;
        }

        talkIds.GetAwaiter().GetResult();

        cancellationToken.ThrowIfCancellationRequested();
        var concepts = new bool[work.Count];
        foreach (var (key, id) in work)
        {
            concepts[id] = TermAnalyzer.KindOf(key) == TermAnalyzer.ConceptKind;
        }

        return new CommunityIndex(people, options, offers, needs, interests, work.Count, talk.Count, required, ruledOut, directions, named, scopes, services, requests, objects, concepts);
    }

    /// <summary>Gets how well <paramref name="from"/>'s offers meet <paramref name="to"/>'s needs.</summary>
    /// <param name="from">The person who could help.</param>
    /// <param name="to">The person who is looking for something.</param>
    /// <returns>help(from→to) in [0, 1]; 0 for a person and themself.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is not in the community.</exception>
    public double Help(int from, int to)
    {
        CheckPerson(from);
        CheckPerson(to);
        return from == to ? 0 : _offerVectors.Dot(from, _needVectors, to);
    }

    /// <summary>Gets how much small-talk material two people share.</summary>
    /// <param name="a">One person.</param>
    /// <param name="b">Another person.</param>
    /// <returns>talk(a,b) in [0, 1], symmetric; 0 for a person and themself.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is not in the community.</exception>
    public double Talk(int a, int b)
    {
        CheckPerson(a);
        CheckPerson(b);
        return a == b ? 0 : _interestVectors.Dot(a, _interestVectors, b);
    }

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
        new(from, Help(from, to), Reasons(_offers[from], _offerVectors, _offerFirst, from, _needs[to], _needVectors, to));

    /// <summary>Explains talk(a,b): the score and the shared topics.</summary>
    /// <param name="a">The person the topics are for.</param>
    /// <param name="partner">The person to talk with.</param>
    /// <returns>The match, with topics such as "ゴルフ" or "wine ↔ ワイン".</returns>
    public Match ExplainTalk(int a, int partner) =>
        new(partner, Talk(a, partner), Reasons(_interests[partner], _interestVectors, _interestFirst, partner, _interests[a], _interestVectors, a));

    /// <summary>Suggests, for everyone, who can help them and who to make small talk with.</summary>
    /// <param name="top">How many of each to suggest per person, at most.</param>
    /// <param name="progress">Receives the number of people done so far; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>One entry per person, in community order. Only people with a score above zero are suggested,
    /// and as help only those at or above <see cref="MatchingOptions.MinHelpScore"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1.</exception>
    /// <exception cref="OperationCanceledException">The work was cancelled.</exception>
    public PersonSuggestions[] SuggestAll(int top, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var suggestions = Suggestions(top, cancellationToken);
        var results = new PersonSuggestions[Count];
        var done = 0;
        Parallel.For(0, Count, new ParallelOptions { CancellationToken = cancellationToken }, person =>
        {
            results[person] = suggestions[person];
            if (progress is not null && Interlocked.Increment(ref done) % 256 == 0)
            {
                progress.Report(done);
            }
        });
        progress?.Report(Count);
        return results;
    }

    /// <summary>Suggests, for everyone, who can help them and who to make small talk with, each person's suggestions worked
    /// out when they are read.</summary>
    /// <param name="top">How many of each to suggest per person, at most.</param>
    /// <param name="cancellationToken">Stops the ranking.</param>
    /// <returns>One entry per person, in community order, the same as <see cref="SuggestAll"/> gives. The ranking of
    /// everyone's candidates is done here; the checks and reasons of an entry are done each time it is read, on the reading
    /// thread, and not kept.</returns>
    /// <remarks>For a caller that uses each person's suggestions once and lets them go (a writer of a large file): the
    /// reasons of 50,000 people then never outlive a young garbage collection, where <see cref="SuggestAll"/> keeps them
    /// all and the collector copies them from generation to generation. Entries may be read from several threads.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1.</exception>
    /// <exception cref="OperationCanceledException">The ranking was cancelled.</exception>
    public IReadOnlyList<PersonSuggestions> Suggestions(int top, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);

        // People with identical interest vectors, or identical check keys, get identical rankings: rank each once, one place
        // deeper, and drop the person themself afterwards.
        var pool = Options.Confidence is null ? top : Math.Max(1, Options.HelpCandidates);
        var keys = Task.Run(CheckKeys, cancellationToken);
        // Partners who share only broad words are passed over, so rank a little deeper to fill their places.
        var partners = RankDistinct(_interestVectors, _talk, Options.SmallTalkNeedsSpecific ? 2 * top : top, cancellationToken);
        // Helpers are ranked once per check key, with the checks riding along the scan (the first pool + 1 who pass, so that
        // each person can drop themself): everyone with the key gets candidates that have already passed.
        var checkKeys = keys.GetAwaiter().GetResult();
        // Below the minimum help score no helper passes: the scan leaves those out without asking (the float at or under it).
        var least = (float)Options.MinHelpScore > Options.MinHelpScore ? MathF.BitDecrement((float)Options.MinHelpScore) : (float)Options.MinHelpScore;
        var helpers = RankDistinct(_needVectors, _help, pool, cancellationToken, checkKeys, key => (helper, score) => Worth(helper, key, score), least);
        return new Ranked(this, top, pool, helpers, partners, checkKeys);
    }

    private PersonSuggestions Suggest(int person, int top, int pool, (int Document, float Score)[] ranked, (int Document, float Score)[] partners, Ranked shared)
    {
        var kept = Kept(person, pool, ranked, out var own);
        var key = shared.Keys[person];
        IReadOnlyList<Match>? introductions = null;
        if (!own && shared.Shared[key])
        {
            // What is shown and the reasons read the same key: people who share it and are not among their own candidates
            // get the same introductions, made once.
            introductions = Volatile.Read(ref shared.Introductions[key]);
        }

        if (introductions is null)
        {
            var made = new List<Match>(top);
            foreach (var (helper, score) in Shown(kept, person).Take(top))
            {
                made.Add(new Match(helper, score, Reasons(_offers[helper], _offerVectors, _offerFirst, helper, _needs[person], _needVectors, person)));
            }

            introductions = made;
            if (!own && shared.Shared[key])
            {
                Volatile.Write(ref shared.Introductions[key], made);
            }
        }

        var starters = new List<Match>(top);
        foreach (var (partner, score) in partners)
        {
            if (partner != person && starters.Count < top && WorthTalking(partner, person))
            {
                starters.Add(new Match(partner, score, Reasons(_interests[partner], _interestVectors, _interestFirst, partner, _interests[person], _interestVectors, person)));
            }
        }

        return new PersonSuggestions(person, introductions, starters);
    }

    // A person's first `pool` candidates who pass the checks, themself left out, from their check key's ranking (one place
    // deeper than the pool). `own` tells whether the person was among them, so that theirs differ from the key's.
    private static (int Person, double Score)[] Kept(int person, int pool, (int Document, float Score)[] passed, out bool own)
    {
        var kept = new (int Person, double Score)[Math.Min(pool, Without(passed, person))];
        own = false;
        for (int i = 0, k = 0; k < kept.Length; i++)
        {
            if (passed[i].Document != person)
            {
                kept[k++] = (passed[i].Document, passed[i].Score);
            }
            else
            {
                own = true;
            }
        }

        return kept;
    }

    // How many of the candidates are not the person (a loop: a lambda over the person would be an object per call).
    private static int Without((int Document, float Score)[] candidates, int person)
    {
        for (var i = 0; i < candidates.Length; i++)
        {
            if (candidates[i].Document == person)
            {
                return candidates.Length - 1;
            }
        }

        return candidates.Length;
    }

    // For each person, the first person with the same check key: the representative whose checked candidates they share.
    private int[] CheckKeys()
    {
        var keys = new int[Count];
        var first = new Dictionary<CheckKey, int>(Count);
        for (var person = 0; person < Count; person++)
        {
            var key = new CheckKey(this, person);
            keys[person] = first.TryAdd(key, person) ? person : first[key];
        }

        return keys;
    }

    /// <summary>Everyone's ranked candidates; an entry's checks and reasons are done when it is read.</summary>
    private sealed class Ranked(CommunityIndex community, int top, int pool, (int Document, float Score)[][] helpers, (int Document, float Score)[][] partners, int[] keys) : IReadOnlyList<PersonSuggestions>
    {
        public int Count => helpers.Length;

        /// <summary>Each person's check key, as the index of its first person.</summary>
        public int[] Keys { get; } = keys;

        /// <summary>By check key: whether more than one person has it.</summary>
        public bool[] Shared { get; } = SharedKeys(keys);

        /// <summary>By check key, for keys more than one person has: the introductions of those who are not among their own
        /// candidates; made by the first such reader.</summary>
        public IReadOnlyList<Match>?[] Introductions { get; } = new IReadOnlyList<Match>?[helpers.Length];

        public PersonSuggestions this[int person] => community.Suggest(person, top, pool, helpers[person], partners[person], this);

        private static bool[] SharedKeys(int[] keys)
        {
            var shared = new bool[keys.Length];
            for (var person = 0; person < keys.Length; person++)
            {
                shared[keys[person]] |= keys[person] != person;
            }

            return shared;
        }

        public IEnumerator<PersonSuggestions> GetEnumerator()
        {
            for (var person = 0; person < Count; person++)
            {
                yield return this[person];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Ranks everyone by how much small-talk material they share with <paramref name="person"/>.</summary>
    /// <param name="person">The person the topics are for.</param>
    /// <param name="top">How many to return, at most.</param>
    /// <returns>The starters <see cref="SuggestAll"/> would give the person: talk above zero, resting on more than broad words
    /// when <see cref="MatchingOptions.SmallTalkNeedsSpecific"/> is on, best first, with the shared topics.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is not in the community, or <paramref name="top"/> is less than 1.</exception>
    public IReadOnlyList<Match> RankPartners(int person, int top)
    {
        CheckPerson(person);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var scratch = TopKSearch.Scratch.ForThread(Count);
        return [.. _talk.Top(person, person, Count, scratch).Where(s => WorthTalking(s.Document, person)).Take(top).Select(s => ExplainTalk(person, s.Document))];
    }

    private bool WorthTalking(int partner, int person) =>
        !Options.SmallTalkNeedsSpecific || SpecificScore(_interestVectors, _interestFacts, partner, _interestVectors, _interestFacts, person) > 0;

    /// <summary>Ranks everyone by how well they can help <paramref name="person"/>.</summary>
    /// <param name="person">The person who is looking for something.</param>
    /// <param name="top">How many to return, at most.</param>
    /// <returns>People with help(them→person) above zero and at least <see cref="MatchingOptions.MinHelpScore"/>, best first, ties by community order;
    /// with a <see cref="MatchingOptions.Confidence"/> model, only those among the first <see cref="MatchingOptions.HelpCandidates"/> it stands behind.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is not in the community, or <paramref name="top"/> is less than 1.</exception>
    public IReadOnlyList<(int Person, double Score)> RankHelpers(int person, int top) =>
        CheckPerson(person) && top >= 1
            ? Options.Confidence is null ? CloseToTheBest(RankHelpersChecked(person, top)) : [.. Shown(RankHelpersChecked(person, Math.Max(1, Options.HelpCandidates)), person).Take(top)]
            : throw new ArgumentOutOfRangeException(nameof(top));

    /// <summary>Gets the first candidates to help <paramref name="person"/>, with the features <see cref="HelpConfidence"/> weighs.</summary>
    /// <param name="person">The person who is looking for something.</param>
    /// <returns>The first <see cref="MatchingOptions.HelpCandidates"/> people who pass the rules, by score, best first: the
    /// candidates the <see cref="MatchingOptions.Confidence"/> model judges. Used to train it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is not in the community.</exception>
    public IReadOnlyList<HelpCandidate> HelpCandidates(int person)
    {
        CheckPerson(person);
        var pool = RankHelpersChecked(person, Math.Max(1, Options.HelpCandidates));
        return [.. pool.Select((c, rank) =>
        {
            var features = new double[HelpConfidence.FeatureNames.Count];
            var otherPart = Features(person, pool, rank, features);
            return new HelpCandidate(c.Person, c.Score, features, otherPart);
        })];
    }

    // The suggestions shown from a person's candidates (best score first): with a confidence model, those it stands
    // behind, by its probability when it ranks; without one, those close enough to the best.
    private (int Person, double Score)[] Shown((int Person, double Score)[] pool, int person)
    {
        if (Options.Confidence is not { } model || pool.Length == 0)
        {
            return CloseToTheBest(pool);
        }

        // The features see the whole pool (the best, the next candidate), as in training; the share-of-best cut comes first,
        // then the threshold, then the share of the most probable candidate's probability.
        var close = CloseToTheBest(pool).Length;
        Span<double> features = stackalloc double[HelpConfidence.FeatureNames.Count];
        Span<double> all = stackalloc double[close];
        Span<bool> otherPart = stackalloc bool[close];
        var mostProbable = 0.0;
        for (var rank = 0; rank < close; rank++)
        {
            otherPart[rank] = Features(person, pool, rank, features);
            all[rank] = model.Probability(features);
            mostProbable = all[rank] >= model.Threshold ? Math.Max(mostProbable, all[rank]) : mostProbable;
        }

        var shown = new (int Person, double Score)[close];
        var probabilities = new double[close];
        var count = 0;
        for (var rank = 0; rank < close; rank++)
        {
            if (model.Shows(all[rank], mostProbable, otherPart[rank]))
            {
                probabilities[count] = -all[rank];
                shown[count++] = pool[rank];
            }
        }

        shown = count == shown.Length ? shown : shown[..count];
        if (Options.RankByConfidence)
        {
            // Few items: an insertion sort, stable, so equal probabilities keep the order of the scores.
            for (var i = 1; i < count; i++)
            {
                var (item, key) = (shown[i], probabilities[i]);
                var j = i - 1;
                for (; j >= 0 && probabilities[j] > key; j--)
                {
                    (shown[j + 1], probabilities[j + 1]) = (shown[j], probabilities[j]);
                }

                (shown[j + 1], probabilities[j + 1]) = (item, key);
            }
        }

        return shown;
    }

    // A helper far below the best one for the same need is more likely a near miss than a second right answer.
    private (int Person, double Score)[] CloseToTheBest((int Person, double Score)[] ranked)
    {
        if (ranked.Length < 2 || Options.MinShareOfBest <= 0)
        {
            return ranked;
        }

        var floor = ranked[0].Score * Options.MinShareOfBest;
        var keep = 1;
        while (keep < ranked.Length && ranked[keep].Score >= floor)
        {
            keep++;
        }

        return keep == ranked.Length ? ranked : ranked[..keep];
    }

    // Helpers who are left out (a language the need asks for) must not leave a hole when others, ranked
    // lower, qualify: rank deeper until enough qualify or the scores fall below the minimum.
    private (int Person, double Score)[] RankHelpersChecked(int person, int top)
    {
        // The checks ride along the ranking: one pass finds the first `top` helpers who pass them (a person whose best
        // candidates are all ruled out used to be ranked again, deeper and deeper).
        var ranked = _help.Top(person, person, Math.Min(Count, top), TopKSearch.Scratch.ForThread(Count), (helper, score) => Worth(helper, person, score));
        var kept = new (int Person, double Score)[ranked.Length];
        for (var i = 0; i < ranked.Length; i++)
        {
            kept[i] = (ranked[i].Document, ranked[i].Score);
        }

        return kept;
    }

    /// <summary>Gets whether <paramref name="from"/> is worth introducing to <paramref name="to"/> as help.</summary>
    /// <param name="from">The person who could help.</param>
    /// <param name="to">The person who is looking for something.</param>
    /// <returns>Whether help(from→to) is above zero and at least <see cref="MatchingOptions.MinHelpScore"/>:
    /// the same rule <see cref="RankHelpers"/> and <see cref="SuggestAll"/> apply.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is not in the community.</exception>
    public bool CanHelp(int from, int to) =>
        Help(from, to) is var score && score > 0 && Worth(from, to, score)
        && (Options.MinShareOfBest <= 0 || Pool(to) is not [var best, ..] || score >= Options.MinShareOfBest * best.Score)
        && (Options.Confidence is not { } model || Confident(model, from, to));

    // As in RankHelpers: only a candidate among the person's first HelpCandidates is judged, with the features it has there,
    // against the most probable of the candidates the share-of-best cut keeps.
    private bool Confident(HelpConfidence model, int from, int to)
    {
        var pool = Pool(to);
        var rank = Array.FindIndex(pool, c => c.Person == from);
        if (rank < 0)
        {
            return false;
        }

        Span<double> features = stackalloc double[HelpConfidence.FeatureNames.Count];
        var close = CloseToTheBest(pool).Length;
        var (own, mostProbable, otherPart) = (0.0, 0.0, false);
        for (var k = 0; k < close; k++)
        {
            if (k != rank && model.ShareOfMostProbable <= 0)
            {
                continue;
            }

            var other = Features(to, pool, k, features);
            var p = model.Probability(features);
            (own, otherPart) = k == rank ? (p, other) : (own, otherPart);
            mostProbable = p >= model.Threshold ? Math.Max(mostProbable, p) : mostProbable;
        }

        return model.Shows(own, mostProbable, otherPart);
    }

    // A person's first candidates who pass the rules, the pool RankHelpers judges, computed once (a race only computes the same twice).
    private (int Person, double Score)[] Pool(int person)
    {
        var pool = Volatile.Read(ref _pools[person]);
        if (pool is null)
        {
            pool = RankHelpersChecked(person, Math.Max(1, Options.HelpCandidates));
            Volatile.Write(ref _pools[person], pool);
        }

        return pool;
    }

    // What HelpConfidence weighs (its FeatureNames), from the two texts' features: one merge of the rows, linear in their
    // lengths. "Specific" sums what SpecificScore sums, in the same order, and "own words" is the rule StandsFor states.
    // Returns whether the candidate meets another part of the need than the best candidate (HelpCandidate.OtherPart).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Features(int to, ReadOnlySpan<(int Person, double Score)> pool, int rank, Span<double> into)
    {
        var (from, score) = pool[rank];
        var best = pool[0].Score;
        var second = pool.Length > 1 ? pool[1].Score : 0;
        // Candidates with equal scores stand together: their place is the number of candidates above them, and the next one is
        // the first below them, so ten equally good bookkeepers are ten firsts, not a first and nine that stand above nobody.
        var place = rank;
        while (place > 0 && pool[place - 1].Score == score)
        {
            place--;
        }

        var below = rank + 1;
        while (below < pool.Length && pool[below].Score == score)
        {
            below++;
        }

        var next = below < pool.Length ? pool[below].Score : 0;
        var ids = _needVectors.Indices(to);
        var values = _needVectors.Values(to);
        var offerIds = _offerVectors.Indices(from);
        var offerValues = _offerVectors.Values(from);
        var offerFacts = _offerFacts.AsSpan(_offerVectors.Start[from], offerIds.Length);
        var needFacts = _needFacts.AsSpan(_needVectors.Start[to], ids.Length);
        double specific = 0, own = 0, concept = 0, strongest = 0, needCovered = 0, offerCovered = 0, lead = 0, needLead = 0, needLeadCovered = 0;
        var matched = 0;
        var bestIds = _offerVectors.Indices(pool[0].Person);
        var shared = false;
        for (int k = 0, j = 0, b = 0; k < ids.Length; k++)
        {
            // The rows in ascending feature order: a merge, in the need's order as the sums always went (every need entry is
            // visited: the need's head weighs them all), with the best candidate's offer beside.
            var needLeads = (needFacts[k] & FeatureFacts.Lead) != 0;
            needLead += needLeads ? values[k] * values[k] : 0;
            while (b < bestIds.Length && bestIds[b] < ids[k])
            {
                b++;
            }

            while (j < offerIds.Length && offerIds[j] < ids[k])
            {
                j++;
            }

            var g = j < offerIds.Length && offerIds[j] == ids[k] ? offerValues[j] : 0f;
            if (g == 0)
            {
                continue;
            }

            shared |= b < bestIds.Length && bestIds[b] == ids[k];
            var part = g * values[k];
            var both = needFacts[k] & offerFacts[j];
            specific += (both & FeatureFacts.Specific) != 0 ? part : 0;
            own += (offerFacts[j] & FeatureFacts.Own) != 0 ? part : 0;
            concept += _concepts[ids[k]] ? part : 0;
            lead += (offerFacts[j] & FeatureFacts.Lead) != 0 ? part : 0;
            needLeadCovered += needLeads && (both & FeatureFacts.Specific) != 0 ? values[k] * values[k] : 0;
            strongest = Math.Max(strongest, part);
            needCovered += values[k] * values[k];
            offerCovered += g * g;
            matched++;
        }

        var (offerRoles, needRoles) = (_scopes[from].Offer & RoleFacets.All, _scopes[to].Need & RoleFacets.All);
        into[0] = score;
        into[1] = best > 0 ? score / best : 0;
        into[2] = best > 0 ? (best - second) / best : 0;
        into[3] = score > 0 ? specific / score : 0;
        into[4] = score > 0 ? own / score : 0;
        into[5] = score > 0 ? concept / score : 0;
        into[6] = score > 0 ? strongest / score : 0;
        into[7] = needCovered;
        into[8] = offerCovered;
        into[9] = Math.Log(1 + matched);
        into[10] = Math.Log(1 + ids.Length);
        into[11] = _ruledOut[from].Length > 0 ? 1 : 0;
        into[12] = Math.Log(1 + offerIds.Length);
        into[13] = place;
        into[14] = best > 0 ? (score - next) / best : 0;
        into[15] = score > 0 ? lead / score : 0;
        into[16] = needLead > 0 ? needLeadCovered / needLead : 0;
        into[17] = (offerRoles & needRoles) != 0 ? 1 : 0;
        into[18] = needRoles != 0 && offerRoles == 0 ? 1 : 0;
        return matched > 0 && !shared;
    }

    // All of the rules must hold, so they are asked cheapest first: a few list and bit tests before the merge of two rows that
    // SpecificScore is. A deep ranking asks this of hundreds of candidates, most of whom a language or a facet leaves out.
    private bool Worth(int from, int to, double score) =>
        score >= Options.MinHelpScore
        && (!Options.RespectLanguages || (SpeaksWhatIsAsked(from, to) && NamesTheLanguagesAsked(from, to) && ReadsTheMediumOffered(from, to)))
        && (!Options.RespectRestrictions || (!ObjectFacets.Contradicts(_objects[from].Offer, _objects[to].Need) && !ScopeContradicts(from, to) && TranslatesTheWayAsked(from, to) && !RulesOut(from, to)))
        && (Options.MinSpecificScore <= 0 || SpecificScore(_offerVectors, _offerFacts, from, _needVectors, _needFacts, to) >= Options.MinSpecificScore);

    // The scopes of an offer and a need for each other: an offer whose services play different roles (「確定申告、税務顧問、
    // 記帳の指導」) plays, for this need, the roles of the services it shares specific words with — those that name the thing
    // itself before those it was widened to by relation; a need whose requests ask for different roles (a translator, and a
    // place to rent) accepts, from this offer, what the requests it shares words with accept, anything when one of them names
    // no role. Most offers and needs are of one role and keep the bits read once.
    private bool ScopeContradicts(int from, int to)
    {
        var offer = _scopes[from].Offer;
        var need = _scopes[to].Need;
        if (((offer | need) & RoleFacets.PerService) == 0)
        {
            return ScopeFacets.Contradicts(offer, need);
        }

        var ids = _needVectors.Indices(to);
        var needStart = _needVectors.Start[to];
        var offerIds = _offerVectors.Indices(from);
        var offerStart = _offerVectors.Start[from];
        int own = 0, related = 0, accepted = 0;
        var open = false;
        for (int k = 0, j = 0; k < ids.Length && j < offerIds.Length; k++)
        {
            while (j < offerIds.Length && offerIds[j] < ids[k])
            {
                j++;
            }

            if (j < offerIds.Length && offerIds[j] == ids[k] && (_needFacts[needStart + k] & _offerFacts[offerStart + j] & FeatureFacts.Specific) != 0)
            {
                var roles = _offerRoles[offerStart + j] << RoleFacets.Shift;
                own |= (_offerFacts[offerStart + j] & FeatureFacts.Own) != 0 ? roles : 0;
                related |= roles;
                var asked = _needRoles[needStart + k] << RoleFacets.Shift;
                open |= asked == 0;
                accepted |= asked;
            }
        }

        var played = own != 0 ? own : related;
        offer = (offer & RoleFacets.PerService) == 0 || played == 0 ? offer : (offer & ~RoleFacets.All) | played;
        need = (need & RoleFacets.PerService) == 0 ? need : (need & ~RoleFacets.All) | (open ? 0 : accepted);
        return ScopeFacets.Contradicts(offer, need);
    }

    // The roles of the part (an offer's service, a need's request; RoleFacets.Services and Requests) each feature of a text
    // comes from, by vector entry, for texts whose parts differ in role: in an offer those of the words that stand for the
    // feature, else of the words it is related to. An offer's service that names no role has the roles of the whole offer; a
    // need's request that names none stays 0 (it asks for no role in particular).
    private static byte[] PartRoles(FieldAnalysis[] fields, SparseRows vectors, FeatureFacts[]? facts, (int Start, int End, int Roles)[]?[] parts, (int Offer, int Need)[] scopes, bool need)
    {
        var roles = new byte[vectors.Index.Length];
        for (var r = 0; r < fields.Length; r++)
        {
            if (parts[r] is not { } list)
            {
                continue;
            }

            var whole = scopes[r].Offer & RoleFacets.All;
            var field = fields[r];
            var row = vectors.Indices(r);
            var start = vectors.Start[r];
            for (var k = 0; k < field.Count; k++)
            {
                var at = row.BinarySearch(field.Ids[k]);
                if (at < 0 || (facts is not null && field.Related[k] && (facts[start + at] & FeatureFacts.Own) != 0))
                {
                    continue;
                }

                var part = 0;
                foreach (var (from, to, named) in list)
                {
                    if (field.Starts[k] >= from && field.Starts[k] < to)
                    {
                        part = named;
                        break;
                    }
                }

                roles[start + at] |= (byte)((part != 0 || need ? part : whole) >> RoleFacets.Shift);
            }
        }

        return roles;
    }

    // The part of a score that rests on more than settings: a feature counts when neither side has it only from broad
    // words (in work text, broad words that name the setting: 「事務所の」, 「オフィス」移転, and what a broad word relates to),
    // so 「オフィス移転の経験共有」 shares nothing specific with 「事務所のロゴ」, while 「小さなオフィス」 ↔ オフィス賃貸 does.
    // Both rows are merged in ascending feature order, the receiver's order the sum always went in; whether a side has a
    // feature only from broad words was worked out once per person (FeatureFacts.Specific).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double SpecificScore(SparseRows giverVectors, FeatureFacts[] giverFacts, int giverRow, SparseRows receiverVectors, FeatureFacts[] receiverFacts, int receiverRow)
    {
        var ids = receiverVectors.Indices(receiverRow);
        var values = receiverVectors.Values(receiverRow);
        var receiverStart = receiverVectors.Start[receiverRow];
        var giverIds = giverVectors.Indices(giverRow);
        var giverValues = giverVectors.Values(giverRow);
        var giverStart = giverVectors.Start[giverRow];
        var score = 0.0;
        for (int k = 0, j = 0; k < ids.Length && j < giverIds.Length; k++)
        {
            while (j < giverIds.Length && giverIds[j] < ids[k])
            {
                j++;
            }

            if (j < giverIds.Length && giverIds[j] == ids[k] && giverValues[j] != 0
                && (receiverFacts[receiverStart + k] & giverFacts[giverStart + j] & FeatureFacts.Specific) != 0)
            {
                score += giverValues[j] * values[k];
            }
        }

        return score;
    }

    // A need that names languages (「英語の通訳」, "Business Japanese lessons", "an interpreter (Japanese–English)") is not met
    // by an offer that names languages but not those ("Mandarin and Cantonese interpreting", "Business English coaching",
    // 「日本語のみ」); an offer that names none says nothing against it.
    private bool NamesTheLanguagesAsked(int from, int to)
    {
        if (_languageBits is { } bits && !bits[from].Pair)
        {
            return bits[from].Named == 0 || bits[to].Asked == 0 || (bits[from].Named & bits[to].Asked) != 0;
        }

        var offered = _named[from].Offered;
        var asked = _named[to].Asked;
        if (offered.Count == 0 || asked.Count == 0)
        {
            return true;
        }

        // An interpreter or translator between two languages ("Portuguese–English", 「通訳（日英）」) meets a need only when
        // the need's languages are that pair; a need naming one of them ("英語の通訳") wants the other to be the asker's own.
        if (_named[from].Pair is var (first, second))
        {
            // A loop, not a lambda: a lambda over first and second would allocate its closure on every call of this check,
            // whichever way it went (3 million times, 91 MB, at 50,000 people).
            foreach (var code in asked)
            {
                if (code != first && code != second)
                {
                    return false;
                }
            }

            var theirs = People[to].Languages;
            return asked.Count > 1 || theirs.Count == 0 || theirs.Contains(asked[0] == first ? second : first);
        }

        return SharesAny(asked, offered);
    }

    // An offer that says the language it works in ("sites built in English", "lessons in Japanese") is no help to someone
    // who lists languages and none of the offer's: an introduction between two people with no common language helps nobody.
    // The languages it names beside the medium ("in English and Japanese") count too.
    private bool ReadsTheMediumOffered(int from, int to)
    {
        if (_languageBits is { } bits)
        {
            return bits[from].Medium == 0 || bits[to].Spoken == 0 || (bits[from].Medium & bits[to].Spoken) != 0;
        }

        var medium = _named[from].Medium;
        var theirs = People[to].Languages;
        return medium.Count == 0 || theirs.Count == 0 || SharesAny(medium, theirs);
    }

    // A need for a translation into one language is not met by translation into others only ("into English only"
    // for a need of 「日本語に」); when either says no direction, nothing is known against the match.
    private bool TranslatesTheWayAsked(int from, int to)
    {
        if (_languageBits is { } bits)
        {
            return bits[from].Into == 0 || bits[to].IntoAsked == 0 || (bits[from].Into & bits[to].IntoAsked) != 0;
        }

        var offered = _directions[from].Offered;
        var asked = _directions[to].Asked;
        return offered.Count == 0 || asked.Count == 0 || SharesAny(asked, offered);
    }

    // Whether two short lists share an item. A loop, not asked.Exists(offered.Contains), which makes a delegate for every
    // candidate the checks look at.
    private static bool SharesAny(IReadOnlyList<string> asked, IReadOnlyList<string> offered)
    {
        for (var i = 0; i < asked.Count; i++)
        {
            for (var j = 0; j < offered.Count; j++)
            {
                if (asked[i] == offered[j])
                {
                    return true;
                }
            }
        }

        return false;
    }

    // An offer that rules out what the need asks for cannot meet it, however well the rest of the offer scores:
    // when the need names a concept the offer names only where it rules it out, or names it in the very words
    // the offer rules out (「個人の確定申告は受けていません」 for 確定申告, though 法人税申告 is offered).
    private bool RulesOut(int from, int to)
    {
        var need = _needs[to];
        foreach (var term in _ruledOut[from])
        {
            if (_needVectors.Get(to, term.Id) == 0)
            {
                continue;
            }

            if (!term.OfferedOtherwise)
            {
                return true;
            }

            for (var k = 0; k < need.Count; k++)
            {
                if (need.Ids[k] == term.Id && TextNormalizer.SameWords(need.Text.AsSpan(need.Starts[k], need.Ends[k] - need.Starts[k]), term.Words))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A need that asks for a language ("an English-speaking lawyer") is met only by someone who speaks it, and
    // with RequireSharedLanguage two people who list languages must share one; people who list none are held to neither.
    private bool SpeaksWhatIsAsked(int from, int to)
    {
        if (_languageBits is { } bits)
        {
            var speaks = bits[from].Spoken;
            var listed = bits[to].Spoken;
            return speaks == 0 || ((!Options.RequireSharedLanguage || listed == 0 || (speaks & listed) != 0) && (bits[to].Required & ~speaks) == 0);
        }

        var spoken = People[from].Languages;
        if (spoken.Count == 0)
        {
            return true;
        }

        var theirs = People[to].Languages;
        if (Options.RequireSharedLanguage && theirs.Count > 0 && !SharesAny(spoken, theirs))
        {
            return false;
        }

        foreach (var code in _requiredLanguages[to])
        {
            if (!spoken.Contains(code))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets value(i,j) for every pair, for seating.</summary>
    /// <returns>A symmetric n×n matrix, row-major, with zeros on the diagonal.</returns>
    public float[] ValueMatrix()
    {
        var n = Count;
        var help = new float[n * n];
        var talk = new float[n * n];
        Parallel.For(0, n, to =>
        {
            Accumulate(to, _needVectors, _help.Postings, help.AsSpan(to * n, n));
            Accumulate(to, _interestVectors, _talk.Postings, talk.AsSpan(to * n, n));
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

    // Ranks each distinct query once, one place deeper (for the person to drop out of), and gives everyone their
    // representative's ranking. Rows are distinct by their vector, or by the representatives given; with `accept`, the checks
    // of a representative ride along its scan.
    private static (int Document, float Score)[][] RankDistinct(SparseRows queries, TopKSearch search, int top, CancellationToken cancellationToken, int[]? representatives = null, Func<int, Func<int, float, bool>>? accept = null, float least = 0)
    {
        var n = queries.RowCount;
        var representative = representatives ?? new int[n];
        if (representatives is null)
        {
            var first = new Dictionary<RowKey, int>();
            for (var person = 0; person < n; person++)
            {
                var key = new RowKey(queries, person);
                representative[person] = first.TryAdd(key, person) ? person : first[key];
            }
        }

        // One worker per core, each with one set of buffers, taking rows in chunks.
        var ranked = new (int Document, float Score)[n][];
        const int Chunk = 128;
        var next = -1;
        Parallel.For(0, Environment.ProcessorCount, new ParallelOptions { CancellationToken = cancellationToken }, _ =>
        {
            var scratch = new TopKSearch.Scratch(search.Documents);
            int chunk;
            while ((chunk = Interlocked.Increment(ref next)) * Chunk < n)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var person = chunk * Chunk; person < Math.Min(n, (chunk + 1) * Chunk); person++)
                {
                    if (representative[person] == person)
                    {
                        ranked[person] = search.Top(person, -1, top + 1, scratch, accept?.Invoke(person), least);
                    }
                }
            }
        });
        for (var person = 0; person < n; person++)
        {
            ranked[person] = ranked[representative[person]];
        }

        return ranked;
    }

    private bool CheckPerson(int person, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(person))] string? name = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(person, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(person, Count, name);
        return true;
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

    // Related concepts widen offers only: a 税理士 can help with 確定申告, but someone who needs a
    // 税理士 does not need 確定申告 help as such, and small talk stays with what people said.
    // What an offer rules out (「翻訳は受けていません」) is not offered, and the language a need is to be met in
    // ("advice in English") is no topic: those spans' features are dropped, while the text stays whole for
    // the reasons the rest gives.
    private static FeatureOccurrence[] Analyze(TermAnalyzer analyzer, string text, List<FeatureOccurrence> features, bool keepRelated, List<(int Start, int End)>? ruledOut = null)
    {
        features.Clear();
        analyzer.Analyze(text, features);
        if (!keepRelated)
        {
            features.RemoveAll(f => f.Related);
        }

        if (ruledOut is { Count: > 0 })
        {
            features.RemoveAll(f => ruledOut.Exists(r => f.Start >= r.Start && f.Start < r.End));
        }

        return features.Count == 0 ? [] : [.. features];
    }

    // The text with the given ranges blanked out, so that what is ruled out says nothing about the rest.
    // The features of what an offer rules out (its negated clauses), without related concepts.
    private static FeatureOccurrence[] Inside(TermAnalyzer analyzer, string text, List<FeatureOccurrence> features, List<(int Start, int End)> ranges)
    {
        features.Clear();
        analyzer.Analyze(text, features);
        features.RemoveAll(f => f.Related || !ranges.Exists(r => f.Start >= r.Start && f.Start < r.End));
        return features.Count == 0 ? [] : [.. features];
    }

    // What an offer rules out, less what it offers elsewhere in the same words (「日本語の契約のみ。英文契約は扱って
    // いません」 still offers 契約). Another word for the same concept does not offer it back: 「法人税申告…個人の確定申告は
    // 受けていません」 rules out 確定申告 asked for in those words, while 「出張撮影は受けていません」 beside 商品撮影
    // still photographs whatever a need calls 写真.
    private static RuledOutTerm[] RuledOut(FeatureOccurrence[] features, FieldAnalysis offer, Dictionary<long, int> ids)
    {
        if (features.Length == 0)
        {
            return [];
        }

        var result = new List<RuledOutTerm>();
        foreach (var f in features)
        {
            if (!ids.TryGetValue(f.Key, out var id))
            {
                id = ids.Count;
                ids.Add(f.Key, id);
            }

            var words = offer.Text[f.Start..f.End];
            if (!OffersInSameWords(offer, id, words))
            {
                result.Add(new RuledOutTerm(id, words, offer.StandsFor(id)));
            }
        }

        return [.. result];
    }

    private static bool OffersInSameWords(FieldAnalysis offer, int id, ReadOnlySpan<char> words)
    {
        for (var k = 0; k < offer.Count; k++)
        {
            if (offer.Ids[k] == id && !offer.Related[k] && TextNormalizer.SameWords(offer.Text.AsSpan(offer.Starts[k], offer.Ends[k] - offer.Starts[k]), words))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static FieldAnalysis Dense(string text, FeatureOccurrence[] features, Dictionary<long, int> ids, float broadWeight, bool settingsOnly)
    {
        if (features.Length == 0)
        {
            return FieldAnalysis.Empty;
        }

        var idArray = new int[features.Length];
        var weights = new float[features.Length];
        var starts = new int[features.Length];
        var ends = new int[features.Length];
        var related = new bool[features.Length];
        var broad = new bool[features.Length];
        for (var k = 0; k < features.Length; k++)
        {
            var f = features[k];
            if (!ids.TryGetValue(f.Key, out var id))
            {
                id = ids.Count;
                ids.Add(f.Key, id);
            }

            idArray[k] = id;
            broad[k] = settingsOnly ? f.Modifies : f.Broad;
            weights[k] = broad[k] ? f.Weight * broadWeight : f.Weight;
            starts[k] = f.Start;
            ends[k] = f.End;
            related[k] = f.Related;
        }

        return new FieldAnalysis(text, idArray, weights, starts, ends, related, broad);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static float[] InverseDocumentFrequency(FieldAnalysis[] documents, int features)
    {
        var df = new int[features];
        var seen = new int[features];
        Array.Fill(seen, -1);
        for (var d = 0; d < documents.Length; d++)
        {
            var document = documents[d];
            for (var k = 0; k < document.Count; k++)
            {
                var id = document.Ids[k];
                if (!document.Related[k] && seen[id] != d)
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SparseRows Vectors(FieldAnalysis[] fields, float[] idf, FieldAnalysis[]? exclude)
    {
        var start = new int[fields.Length + 1];
        var total = 0;
        foreach (var field in fields)
        {
            total += field.Count;
        }

        var index = new int[total];
        var value = new float[total];
        var row = new (int Id, float Weight)[64];
        var at = 0;
        for (var r = 0; r < fields.Length; r++)
        {
            // Sort the row's occurrences by feature, then fold each run into one weighted entry.
            var field = fields[r];
            if (row.Length < field.Count)
            {
                row = new (int, float)[field.Count * 2];
            }

            for (var k = 0; k < field.Count; k++)
            {
                row[k] = (field.Ids[k], field.Weights[k]);
            }

            row.AsSpan(0, field.Count).Sort(FeatureOrder);
            var rowStart = at;
            var norm = 0.0;
            for (var k = 0; k < field.Count;)
            {
                var id = row[k].Id;
                var count = 0;
                var weight = 0f;
                for (; k < field.Count && row[k].Id == id; k++)
                {
                    count++;
                    weight = Math.Max(weight, row[k].Weight);
                }

                var w = (float)((1 + Math.Log(count)) * idf[id] * weight);
                index[at] = id;
                value[at++] = w;
                norm += w * w;
            }

            var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
            var kept = rowStart;
            for (var k = rowStart; k < at; k++)
            {
                if (exclude is null || !exclude[r].StandsFor(index[k]))
                {
                    index[kept] = index[k];
                    value[kept++] = value[k] * scale;
                }
            }

            at = kept;
            start[r + 1] = at;
        }

        return new SparseRows(start, index[..at], value[..at]);
    }

    // What each field says about each feature of its vector (FeatureFacts), and where the feature's words are (the first
    // occurrence that stands for it, else the first that relates to it), from the field's occurrences, beside the vector's
    // entries: every feature of a vector comes from its field, so each entry is found by at least one occurrence.
    private static (FeatureFacts[] Facts, int[] First) Facts(FieldAnalysis[] fields, SparseRows vectors)
    {
        var facts = new FeatureFacts[vectors.Index.Length];
        var first = new int[vectors.Index.Length];
        Array.Fill(first, -1);
        for (var r = 0; r < fields.Length; r++)
        {
            var field = fields[r];
            var row = vectors.Indices(r);
            var start = vectors.Start[r];
            var lead = field.Count == 0 ? 0 : FirstClauseEnd(field.Text);
            for (var k = 0; k < field.Count; k++)
            {
                var at = row.BinarySearch(field.Ids[k]);
                if (at >= 0)
                {
                    facts[start + at] |= (field.Broad[k] ? FeatureFacts.None : FeatureFacts.Specific) | (field.Related[k] ? FeatureFacts.None : FeatureFacts.Own) | (field.Starts[k] < lead ? FeatureFacts.Lead : FeatureFacts.None);
                    ref var slot = ref first[start + at];
                    if (slot < 0 || (field.Related[slot] && !field.Related[k]))
                    {
                        slot = k;
                    }
                }
            }
        }

        return (facts, first);
    }

    // Where a text's first clause ends: at the first 、。・，,;；/／!?！？:：, bracket, line break or full stop before a space
    // (the first of a list of services, a sentence, an aside); the whole text when there is none.
    private static int FirstClauseEnd(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '、' or '。' or '・' or '，' or ',' or ';' or '；' or '/' or '／' or '!' or '?' or '！' or '？' or ':' or '：' or '(' or ')' or '（' or '）' or '\n'
                || (c == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))))
            {
                return i;
            }
        }

        return text.Length;
    }

    // A delegate made once: Array.Sort with a comparer wraps it in a new delegate on every call (once per person and field).
    private static readonly Comparison<(int Id, float Weight)> FeatureOrder = static (a, b) => a.Id.CompareTo(b.Id);

    // Reasons are the matched features, grouped by where they sit in the two texts so that a word
    // matched as a concept and as character pairs reads as one reason.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<string> Reasons(FieldAnalysis giver, SparseRows giverVectors, int[] giverFirst, int giverRow, FieldAnalysis receiver, SparseRows receiverVectors, int receiverRow)
    {
        var items = _reasonBuffer ??= new List<Span4>(32);
        items.Clear();

        // Where each of the giver's features first appears (what the words stand for before what they relate to) was
        // worked out once beside the giver's vector; the giver's row is short and searched in place.
        var giverIds = giverVectors.Indices(giverRow);
        var giverValues = giverVectors.Values(giverRow);
        var giverStart = giverVectors.Start[giverRow];
        for (var k = 0; k < receiver.Count; k++)
        {
            var id = receiver.Ids[k];
            var j = giverIds.BinarySearch(id);
            if (j < 0)
            {
                continue;
            }

            var at = giverFirst[giverStart + j];
            var r = receiverVectors.Get(receiverRow, id);
            var g = giverValues[j];
            if (r != 0 && g != 0)
            {
                items.Add(new Span4(receiver.Starts[k], receiver.Ends[k], giver.Starts[at], giver.Ends[at], r * g, receiver.Broad[k] || giver.Broad[at]));
            }
        }

        // Few items: insertion sorts, no delegates.
        var span = CollectionsMarshal.AsSpan(items);
        for (var i = 1; i < span.Length; i++)
        {
            var item = span[i];
            var j = i - 1;
            while (j >= 0 && (span[j].RStart > item.RStart || (span[j].RStart == item.RStart && span[j].REnd < item.REnd)))
            {
                span[j + 1] = span[j];
                j--;
            }

            span[j + 1] = item;
        }

        var groups = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var item = span[i];
            if (groups > 0)
            {
                ref var last = ref span[groups - 1];
                if (item.RStart <= last.REnd && item.GStart <= last.GEnd && item.GEnd >= last.GStart)
                {
                    last = new Span4(last.RStart, Math.Max(last.REnd, item.REnd), Math.Min(last.GStart, item.GStart), Math.Max(last.GEnd, item.GEnd), last.Weight + item.Weight, last.Setting && item.Setting);
                    continue;
                }
            }

            span[groups++] = item;
        }

        var reasons = new List<string>(Math.Min(groups, Options.MaxReasons));
        Span<bool> used = groups <= 64 ? stackalloc bool[groups] : new bool[groups];

        // A reason that rests only on a setting (「イベント」 ↔ 動画撮影, events ↔ venue) is left out when the match has
        // another: it is not why the two fit, and reads as a wrong introduction.
        var anySpecific = false;
        for (var i = 0; i < groups; i++)
        {
            anySpecific |= !span[i].Setting;
        }

        for (var i = 0; i < groups && anySpecific; i++)
        {
            used[i] = span[i].Setting;
        }
        while (reasons.Count < Options.MaxReasons)
        {
            // The strongest group not yet used; ties go to the one written first.
            var pick = -1;
            for (var i = 0; i < groups; i++)
            {
                if (!used[i] && (pick < 0 || span[i].Weight > span[pick].Weight))
                {
                    pick = i;
                }
            }

            if (pick < 0)
            {
                break;
            }

            used[pick] = true;
            var group = span[pick];
            var receiverWords = receiver.Text.AsSpan(group.RStart, group.REnd - group.RStart);
            var giverWords = giver.Text.AsSpan(group.GStart, group.GEnd - group.GStart);
            var reason = TextNormalizer.SameWords(receiverWords, giverWords) ? receiverWords.ToString() : string.Concat(giverWords, Match.Arrow, receiverWords);
            if (!reasons.Contains(reason))
            {
                reasons.Add(reason);
            }
        }

        return reasons;
    }

    [ThreadStatic]
    private static List<Span4>? _reasonBuffer;

    // Each person's language lists as bits of the codes the community uses: what they speak, what their need requires, the
    // languages their offer and need name, the medium their offer works in, the languages their offer and need translate
    // into, and whether the offer is between a pair. The language checks ask these of every candidate a ranking looks at; one
    // struct a person is one read where the lists are several, far apart in memory. Null when the community uses more than
    // 64 codes: the checks then read the lists.
    private readonly record struct LanguageBits(ulong Spoken, ulong Required, ulong Named, ulong Asked, ulong Medium, ulong Into, ulong IntoAsked, bool Pair)
    {
        public static LanguageBits[]? Of(IReadOnlyList<Profile> people, string[][] required, (List<string> Offered, List<string> Asked, List<string> Medium, (string First, string Second)? Pair)[] named, (List<string> Offered, List<string> Asked)[] directions)
        {
            var codes = new Dictionary<string, int>(StringComparer.Ordinal);
            var bits = new LanguageBits[people.Count];
            for (var i = 0; i < bits.Length; i++)
            {
                bits[i] = new LanguageBits(Mask(codes, people[i].Languages), Mask(codes, required[i]), Mask(codes, named[i].Offered), Mask(codes, named[i].Asked), Mask(codes, named[i].Medium), Mask(codes, directions[i].Offered), Mask(codes, directions[i].Asked), named[i].Pair is not null);
                if (codes.Count > 64)
                {
                    return null;
                }
            }

            return bits;
        }

        // A code's bit is its place among the codes in the order they are first met: two lists share a code exactly when their
        // masks share a bit, and a list is empty exactly when its mask is 0.
        private static ulong Mask(Dictionary<string, int> codes, IReadOnlyList<string> list)
        {
            var mask = 0UL;
            for (var i = 0; i < list.Count; i++)
            {
                if (!codes.TryGetValue(list[i], out var bit))
                {
                    codes[list[i]] = bit = codes.Count;
                }

                mask |= bit < 64 ? 1UL << bit : 0;
            }

            return mask;
        }
    }

    /// <summary>A feature an offer rules out, the words it was ruled out in, and whether other words of the offer stand for it.</summary>
    private readonly record struct RuledOutTerm(int Id, string Words, bool OfferedOtherwise);

    /// <summary>Where a matched feature sits in the receiver's and the giver's text, what it adds, and whether it rests on a setting only.</summary>
    private readonly record struct Span4(int RStart, int REnd, int GStart, int GEnd, float Weight, bool Setting);

    /// <summary>Everything of a person that the checks of a helper for them (<see cref="Worth"/>) read, as a dictionary key: two
    /// people with equal keys have the same candidates pass, so they share one checked ranking.</summary>
    /// <remarks>The checks read, of the person helped: the need's vector (and the per-feature facts worked out from it and the
    /// need's text), what the need's text says (languages required or named, the direction of a translation, the scope and role
    /// bits, the words a ruled-out term is compared with) and the languages the person lists. The vector, the need's text and the
    /// languages are the key, which covers all of them. A check that reads anything else of the person — another profile field,
    /// a fact not made from the need's text — must add it to <see cref="Equals(CheckKey)"/> and <see cref="GetHashCode"/>, or two
    /// people it tells apart would share a ranking (<c>Suggestions_PeopleSharingANeed_GetWhatEachWouldAlone</c> checks this).</remarks>
    private readonly struct CheckKey(CommunityIndex index, int person) : IEquatable<CheckKey>
    {
        public bool Equals(CheckKey other) =>
            new RowKey(index._needVectors, person).Equals(new RowKey(other.Index._needVectors, other.Person))
            && string.Equals(index.People[person].Needs, other.Index.People[other.Person].Needs, StringComparison.Ordinal)
            && index.People[person].Languages.SequenceEqual(other.Index.People[other.Person].Languages, StringComparer.Ordinal);

        public override bool Equals(object? obj) => obj is CheckKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(new RowKey(index._needVectors, person));
            hash.Add(index.People[person].Needs, StringComparer.Ordinal);
            var languages = index.People[person].Languages;
            for (var i = 0; i < languages.Count; i++)
            {
                hash.Add(languages[i], StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }

        private CommunityIndex Index => index;

        private int Person => person;
    }

    /// <summary>A query row as a dictionary key: equal when features and weights are equal.</summary>
    private readonly struct RowKey(SparseRows rows, int row) : IEquatable<RowKey>
    {
        public bool Equals(RowKey other) =>
            rows.Indices(row).SequenceEqual(other.Rows.Indices(other.Row)) && rows.Values(row).SequenceEqual(other.Rows.Values(other.Row));

        public override bool Equals(object? obj) => obj is RowKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(rows.Indices(row)));
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(rows.Values(row)));
            return hash.ToHashCode();
        }

        private SparseRows Rows => rows;

        private int Row => row;
    }
}
