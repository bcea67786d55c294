using System.Runtime.CompilerServices;
using System.Globalization;
using System.Reflection;
using Goen.Core.Text;

namespace Goen.Core.Matching;

/// <summary>
/// The words Goen recognises in Japanese and English, and the concepts they stand for: synonym
/// groups (ホームページ = website = ウェブサイト), related terms (税理士 ~ 確定申告), and generic words that
/// carry no meaning for matching (相談, サポート).
/// </summary>
/// <remarks>
/// <para>The default vocabulary combines the Sudachi synonym dictionary (derived file
/// <c>data/sudachi-synonyms.tsv</c>) with Goen's own reviewed business vocabulary
/// (<c>data/goen-vocabulary.txt</c>), both embedded in this assembly.</para>
/// <para>A related-terms line is a star: its first term (a professional, a service) relates to each
/// of the others, which are not thereby related to one another. Related concepts widen what an offer
/// can meet (a 税理士 helps with 確定申告); they are not used to widen needs or interests.</para>
/// <para>Words are stored as token sequences in a trie, so Japanese (no spaces), English (stemmed)
/// and mixed entries such as "webサイト" are found the same way by <see cref="TermAnalyzer"/>.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed partial class Vocabulary
{
    /// <summary>The weight of a Sudachi spelling that Sudachi itself does not expand from (it is ambiguous alone).</summary>
    public const float AmbiguousWeight = 0.5f;

    /// <summary>The weight of a related, not synonymous, concept (税理士 → 確定申告) in what someone offers.</summary>
    public const float RelatedWeight = 0.25f;

    private static readonly Lazy<Vocabulary> DefaultVocabulary = new(LoadDefault);
    private static readonly char[] TermSeparators = [',', '、', '，'];

    // The trie's edges. Japanese characters (keys below 2^16) from the root are an array lookup, since
    // segmentation tries a word at every character; other edges pack node and character into one key,
    // and edges on Latin words (64-bit stem hashes) use a pair.
    private readonly int[] _rootCharacters = new int[ushort.MaxValue + 1];
    private readonly Dictionary<long, int> _characterEdges;

    // The same edges for lookups once the vocabulary is complete (EdgeTable); null while it is being built.
    private EdgeTable? _characterLookup;
    private readonly Dictionary<Edge, int> _wordEdges;
    private readonly List<Entry?> _entries = [null];
    private readonly List<string> _conceptNames = [];
    private readonly Dictionary<int, List<int>> _members = [];
    private int _sudachiConcepts;

    private Vocabulary(int characterEdges, int wordEdges)
    {
        _characterEdges = new(characterEdges);
        _wordEdges = new(wordEdges);
    }

    /// <summary>Gets the default vocabulary: Sudachi synonyms plus Goen's business vocabulary.</summary>
    /// <remarks>Loaded once, on first use: built from the files (about half a second of processor time) when no snapshot of
    /// this build's vocabulary is in the cache folder (<see cref="VocabularySnapshotCache"/>), else read from it.</remarks>
    public static Vocabulary Default => DefaultVocabulary.Value;

    /// <summary>Loads what analysing text needs and takes time to load: the default vocabulary, and the English stemmer's
    /// dictionary (which the vocabulary's snapshot does not need, while the first English word of a profile does).</summary>
    /// <remarks>Called on another thread while a command or the web app does something else first, so that the analysis
    /// does not wait for them.</remarks>
    public static void Prepare()
    {
        _ = Default;
        _ = Tokenizer.Stem("warming");
    }

    /// <summary>Gets a vocabulary that knows no words, for baselines that match on characters alone.</summary>
    public static Vocabulary Empty { get; } = new(0, 0);

    /// <summary>Gets the number of concepts.</summary>
    public int ConceptCount => _conceptNames.Count;

    /// <summary>Builds a vocabulary from a Sudachi-derived synonym file and a Goen vocabulary file.</summary>
    /// <param name="sudachiSynonyms">Lines "<c>id TAB spelling|spelling;word…</c>", as written by
    /// <c>data/derive-sudachi-synonyms.js</c>; <see langword="null"/> for none.</param>
    /// <param name="goenVocabulary">Lines "<c>= a, b, c</c>" (synonyms), "<c>~ a, b</c>" (related),
    /// "<c>- a, b</c>" (generic words), "<c>! a, b</c>" (words whose Sudachi links are wrong for
    /// business talk) and "<c>* a, b</c>" (broad words); <see langword="null"/> for none.</param>
    /// <returns>The vocabulary.</returns>
    /// <exception cref="FormatException">A line of <paramref name="goenVocabulary"/> has no known prefix.</exception>
    public static Vocabulary Load(TextReader? sudachiSynonyms, TextReader? goenVocabulary)
    {
        // Sized for the default vocabulary (117,000 character edges beyond the root, 20,000 on Latin
        // words), so loading it does not rehash.
        var vocabulary = sudachiSynonyms is null ? new Vocabulary(4096, 1024) : new Vocabulary(1 << 17, 1 << 15);
        if (sudachiSynonyms is not null)
        {
            vocabulary.LoadSudachi(sudachiSynonyms);
        }

        vocabulary._sudachiConcepts = vocabulary.ConceptCount;

        if (goenVocabulary is not null)
        {
            vocabulary.LoadGoen(goenVocabulary);
        }

        vocabulary.Complete();
        return vocabulary;
    }

    // Nothing is added after this: the character edges get their lookup table.
    private void Complete()
    {
        _characterLookup = new EdgeTable(_characterEdges);
    }

    /// <summary>Gets a readable name for a concept: the first spelling it was defined with.</summary>
    /// <param name="concept">A concept id.</param>
    /// <returns>The name.</returns>
    public string ConceptName(int concept) => _conceptNames[concept];

    /// <summary>Finds the concepts a word is related to (not synonymous with): what someone offering it can help with.</summary>
    /// <param name="text">A word in any script or width.</param>
    /// <returns>The related concepts, each with <see cref="RelatedWeight"/>; empty for unknown or generic words.</returns>
    public IReadOnlyList<ConceptLink> LookupRelated(string text) =>
        Find(text) is var node and > 0 && _entries[node] is { IsGeneric: false } entry ? entry.Related : [];

    /// <summary>Finds the dictionary word spelled exactly as <paramref name="text"/>, if any.</summary>
    /// <param name="text">A word in any script or width.</param>
    /// <returns>The concepts the word stands for; empty when the word is unknown or generic.</returns>
    public IReadOnlyList<ConceptLink> Lookup(string text) =>
        Find(text) is var node and > 0 && _entries[node] is { IsGeneric: false } entry ? entry.Concepts : [];

    /// <summary>Gets whether a word is broad: it names a whole field (staff, デザイン, 事務所, 旅行) rather than a service or a topic.</summary>
    /// <param name="text">A word in any script or width.</param>
    /// <returns>Whether the vocabulary lists the word, spelled exactly so, as broad.</returns>
    /// <remarks>A broad word still matches itself and its synonyms; <see cref="CommunityIndex"/> weighs it less and does
    /// not let it carry a match alone (<see cref="MatchingOptions.BroadWeight"/>).</remarks>
    public bool IsBroad(string text) => Find(text) is var node and > 0 && _entries[node] is { IsBroad: true };

    /// <summary>Follows one token from a trie node.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool TryStep(int node, long key, out int next)
    {
        if ((ulong)key <= ushort.MaxValue)
        {
            if (node == 0)
            {
                next = _rootCharacters[key];
                return next != 0;
            }

            return _characterLookup is { } lookup
                ? lookup.TryGetValue(((long)node << 16) | key, out next)
                : _characterEdges.TryGetValue(((long)node << 16) | key, out next);
        }

        return _wordEdges.TryGetValue(new Edge(node, key), out next);
    }

    private int StepOrAdd(int node, long key)
    {
        if (TryStep(node, key, out var next))
        {
            return next;
        }

        next = _entries.Count;
        _entries.Add(null);
        if ((ulong)key > ushort.MaxValue)
        {
            _wordEdges.Add(new Edge(node, key), next);
        }
        else if (node == 0)
        {
            _rootCharacters[key] = next;
        }
        else
        {
            _characterEdges.Add(((long)node << 16) | key, next);
        }

        return next;
    }

    /// <summary>Gets the word that ends at a trie node, if one does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Entry? EntryAt(int node) => _entries[node];

    // Read from the snapshot the last run left in the cache folder when it was made from the same files by the same build, else
    // built from the files and the snapshot written for the next run (docs/decisions/0031-vocabulary-snapshot.md).
    private static Vocabulary LoadDefault()
    {
        var (sudachi, goen) = DefaultFiles();
        var key = SnapshotKey(sudachi, goen);
        var cache = VocabularySnapshotCache.Default;
        if (cache?.Read(key) is { } cached)
        {
            return cached;
        }

        var vocabulary = Load(sudachi, goen);
        cache?.Write(key, vocabulary);
        return vocabulary;
    }

    /// <summary>The two files the default vocabulary is built from, as embedded in this assembly.</summary>
    internal static (byte[] Sudachi, byte[] Goen) DefaultFiles()
    {
        var assembly = typeof(Vocabulary).Assembly;
        return (ReadResource(assembly, "Goen.Core.sudachi-synonyms.tsv"), ReadResource(assembly, "Goen.Core.goen-vocabulary.txt"));
    }

    /// <summary>Builds a vocabulary from the bytes of its two files (UTF-8), as <see cref="Load(TextReader?, TextReader?)"/> does.</summary>
    internal static Vocabulary Load(byte[] sudachi, byte[] goen)
    {
        using var sudachiReader = new StreamReader(new MemoryStream(sudachi));
        using var goenReader = new StreamReader(new MemoryStream(goen));
        return Load(sudachiReader, goenReader);
    }

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing embedded resource {name}.");
        using var bytes = new MemoryStream((int)stream.Length);
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    // Tokenizing seventy thousand spellings is most of the load time, and independent: done in
    // parallel, then inserted in file order so concept ids and the trie never depend on timing.
    private void LoadSudachi(TextReader reader)
    {
        var spellings = new List<(int Group, string Text, bool Ambiguous)>();
        var groups = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            foreach (var spelling in line[(tab + 1)..].Split(';', '|'))
            {
                var ambiguous = spelling.StartsWith('~');
                spellings.Add((groups, ambiguous ? spelling[1..] : spelling, ambiguous));
            }

            groups++;
        }

        // One concept per group, in file order, whatever the order of insertion below.
        var firstConcept = ConceptCount;
        var previous = -1;
        foreach (var (group, text, _) in spellings)
        {
            if (group != previous)
            {
                NewConcept(text);
                previous = group;
            }
        }

        // English spellings need the stemmer, whose dictionary takes a good part of a second to load:
        // it loads on one thread while the Japanese spellings are tokenized and inserted, then the
        // English ones follow. Both passes go in file order, so the trie never depends on timing.
        var stemmer = Task.Run(() => Tokenizer.Stem("warming"));
        var english = Enumerable.Range(0, spellings.Count).Where(i => spellings[i].Text.Any(char.IsAsciiLetter)).ToArray();
        var japanese = Enumerable.Range(0, spellings.Count).Except(english).ToArray();
        Insert(japanese);
        stemmer.Wait();
        Insert(english);

        void Insert(int[] indexes)
        {
            var keys = new long[]?[indexes.Length];
            Parallel.For(0, indexes.Length, k => keys[k] = Keys(spellings[indexes[k]].Text));
            for (var k = 0; k < indexes.Length; k++)
            {
                var (group, _, ambiguous) = spellings[indexes[k]];
                if (keys[k] is { } path)
                {
                    AddPath(path, new ConceptLink(firstConcept + group, ambiguous ? AmbiguousWeight : 1f), generic: false, ambiguous);
                }
            }
        }
    }

    // Two passes: related-terms lines link concepts, so every synonym line must be known first.
    private void LoadGoen(TextReader reader)
    {
        var lines = new List<(int Number, string Text)>();
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var line = raw.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add((number, line));
            }
        }

        foreach (var (lineNumber, line) in lines.Where(l => l.Text[0] != '~'))
        {
            LoadGoenLine(lineNumber, line);
        }

        MergeSynonymConcepts();
        foreach (var (lineNumber, line) in lines.Where(l => l.Text[0] == '~'))
        {
            LoadGoenLine(lineNumber, line);
        }
    }

    // A spelling that fully belongs to two synonym groups (Sudachi's ワイン group and Goen's wine line)
    // makes them one concept, so one meaning counts once in a vector rather than once per dictionary.
    // Ambiguous links never merge.
    private void MergeSynonymConcepts()
    {
        var parent = Enumerable.Range(0, ConceptCount).ToArray();
        int Root(int c)
        {
            while (parent[c] != c)
            {
                c = parent[c] = parent[parent[c]];
            }

            return c;
        }

        foreach (var entry in _entries)
        {
            var first = -1;
            foreach (var link in entry?.Concepts ?? [])
            {
                if (link.Weight != 1f)
                {
                    continue;
                }

                if (first < 0)
                {
                    first = link.Concept;
                    continue;
                }

                var (a, b) = (Root(first), Root(link.Concept));
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        foreach (var entry in _entries)
        {
            if (entry is null || (entry.Concepts.Count == 1 && entry.AmbiguousConcepts.Count == 0 && parent[entry.Concepts[0].Concept] == entry.Concepts[0].Concept))
            {
                continue;
            }

            var concepts = entry.Concepts;
            var kept = 0;
            for (var i = 0; i < concepts.Count; i++)
            {
                var link = new ConceptLink(Root(concepts[i].Concept), concepts[i].Weight);
                var same = concepts.FindIndex(0, kept, c => c.Concept == link.Concept);
                if (same < 0)
                {
                    concepts[kept++] = link;
                }
                else if (link.Weight > concepts[same].Weight)
                {
                    concepts[same] = link;
                }
            }

            concepts.RemoveRange(kept, concepts.Count - kept);
            if (entry.AmbiguousConcepts.Count > 0)
            {
                var ambiguous = entry.AmbiguousConcepts.Select(Root).ToHashSet();
                entry.AmbiguousConcepts.Clear();
                entry.AmbiguousConcepts.UnionWith(ambiguous);
            }
        }

        var members = _members.GroupBy(m => Root(m.Key)).ToDictionary(g => g.Key, g => g.SelectMany(m => m.Value).Distinct().ToList());
        _members.Clear();
        foreach (var (concept, nodes) in members)
        {
            _members[concept] = nodes;
        }
    }

    private void LoadGoenLine(int lineNumber, string line)
    {
        var terms = line[1..].Split(TermSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (terms.Length == 0)
        {
            return;
        }

        switch (line[0])
        {
            case '=':
                var concept = NewConcept(terms[0]);
                foreach (var term in terms)
                {
                    Add(term, new ConceptLink(concept, 1f), generic: false, ambiguous: false, reviewed: true);
                }

                break;
            case '~':
                // A star, not a clique: the first term relates to each of the others, which need
                // not relate to one another (a tax accountant helps with filing and with bookkeeping).
                var head = ConceptsOf(terms[0]);
                foreach (var term in terms.Skip(1))
                {
                    AddRelated(terms[0], ConceptsOf(term));
                    AddRelated(term, head);
                }

                break;
            case '-':
                foreach (var term in terms)
                {
                    Add(term, null, generic: true, ambiguous: false);
                }

                break;
            case '!':
                foreach (var term in terms)
                {
                    DropSudachiLinks(term);
                }

                break;
            case '*':
                // A broad word keeps its meaning (it matches the same word and its synonyms) but is marked,
                // so that matching can refuse to let it carry a match alone (staff, デザイン, 事務所).
                foreach (var term in terms)
                {
                    ConceptsOf(term);
                    _entries[Find(term)]!.IsBroad = true;
                }

                break;
            default:
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Vocabulary line {lineNumber} must start with '=', '~', '-', '!' or '*': {line}"));
        }
    }

    // The concepts a term stands for: its Goen synonym line, else its Sudachi groups, else (a word
    // no dictionary has) a new concept of its own.
    private List<int> ConceptsOf(string term)
    {
        var strong = Find(term) is var node and > 0 && _entries[node] is { } entry
            ? entry.Concepts.Where(c => c.Weight == 1f).Select(c => c.Concept).ToList()
            : [];
        var goen = strong.Where(_members.ContainsKey).ToList();
        if (goen.Count > 0)
        {
            return goen;
        }

        if (strong.Count > 0)
        {
            return strong;
        }

        var concept = NewConcept(term);
        Add(term, new ConceptLink(concept, 1f), generic: false, ambiguous: false);
        return [concept];
    }

    // A related term stands for its whole synonym line: "website" relates to ホームページ制作 because
    // ホームページ does.
    private void AddRelated(string term, List<int> targets)
    {
        var node = Find(term);
        var goen = _entries[node]!.Concepts.Where(c => c.Weight == 1f && _members.ContainsKey(c.Concept)).ToList();
        IEnumerable<int> nodes = goen.Count > 0 ? goen.SelectMany(c => _members[c.Concept]).Distinct() : [node];
        foreach (var member in nodes)
        {
            var entry = _entries[member]!;
            foreach (var target in targets)
            {
                if (!entry.Concepts.Any(c => c.Concept == target) && !entry.Related.Any(c => c.Concept == target))
                {
                    entry.Related.Add(new ConceptLink(target, RelatedWeight));
                }
            }
        }
    }

    private int Find(string term)
    {
        var node = 0;
        foreach (var token in Tokenizer.Tokenize(TextNormalizer.Normalize(term)))
        {
            if (!TryStep(node, token.Key, out node))
            {
                return -1;
            }
        }

        return node;
    }

    private void DropSudachiLinks(string term)
    {
        if (Find(term) is var node and > 0 && _entries[node] is { } entry)
        {
            entry.Concepts.RemoveAll(c => c.Concept < _sudachiConcepts);
        }
    }

    private int NewConcept(string name)
    {
        _conceptNames.Add(name);
        return _conceptNames.Count - 1;
    }

    private void Add(string text, ConceptLink? link, bool generic, bool ambiguous, bool reviewed = false)
    {
        if (Keys(text) is { } path)
        {
            AddPath(path, link, generic, ambiguous, reviewed);
        }
    }

    // The token keys a dictionary word is stored under, or null for a word that is not usable.
    private static long[]? Keys(string text)
    {
        var tokens = Tokenizer.Tokenize(TextNormalizer.Normalize(text));
        return IsUsable(tokens) ? [.. tokens.Select(t => t.Key)] : null;
    }

    private void AddPath(long[] path, ConceptLink? link, bool generic, bool ambiguous, bool reviewed = false)
    {
        var node = 0;
        foreach (var key in path)
        {
            node = StepOrAdd(node, key);
        }

        var entry = _entries[node] ??= new Entry();
        if (reviewed)
        {
            entry.Concepts.RemoveAll(c => entry.AmbiguousConcepts.Contains(c.Concept));
        }

        if (generic)
        {
            entry.IsGeneric = true;
        }
        else if (link is { } l && !entry.Concepts.Any(c => c.Concept == l.Concept))
        {
            entry.Concepts.Add(l);
            if (reviewed)
            {
                (_members.TryGetValue(l.Concept, out var members) ? members : _members[l.Concept] = []).Add(node);
            }

            if (ambiguous)
            {
                entry.AmbiguousConcepts.Add(l.Concept);
            }
        }
    }

    // Words that would match grammar rather than meaning are left out: single kana, two-letter
    // hiragana (こと, もの, する), anything with punctuation inside, and bare numbers.
    private static bool IsUsable(List<Token> tokens)
    {
        if (tokens.Count == 0 || tokens.Any(t => t.Kind == TokenKind.Boundary) || tokens.All(t => t.Kind == TokenKind.Number))
        {
            return false;
        }

        if (tokens.Count == 1)
        {
            return tokens[0].Kind is TokenKind.Kanji or TokenKind.Latin;
        }

        return !(tokens.Count <= 2 && tokens.All(t => t.Kind == TokenKind.Hiragana));
    }

    private readonly record struct Edge(int Node, long Key);

    /// <summary>A word of the vocabulary: the concepts it stands for, or that it is generic.</summary>
    internal sealed class Entry
    {
        public List<ConceptLink> Concepts { get; } = [];

        // Concepts this word is related to, not synonymous with (税理士 → 確定申告): what a person who
        // offers this word can help with, weighed less than a synonym.
        public List<ConceptLink> Related { get; } = [];

        // Sudachi's ambiguous links, dropped when Goen's reviewed vocabulary lists the word.
        public HashSet<int> AmbiguousConcepts { get; } = [];

        public bool IsGeneric { get; set; }

        // A broad word (staff, デザイン, 事務所): it names a whole field rather than a service or a topic, so it
        // is weaker evidence and cannot carry a match alone.
        public bool IsBroad { get; set; }
    }
}
