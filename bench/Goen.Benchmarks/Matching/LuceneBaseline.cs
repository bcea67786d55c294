using Goen.Core.Profiles;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Goen.Benchmarks.Matching;

/// <summary>
/// What a developer would build instead of Goen's engine: Lucene.Net with BM25, everyone's offers
/// indexed, each person's needs as the query (and interests against interests for small talk).
/// </summary>
/// <remarks>
/// The analysis chain is the usual one for mixed Japanese and English: standard tokenizer, CJK width
/// folding, lower case, CJK bigrams, English stop words, Porter stemming (shared/DEPENDENCIES.md).
/// </remarks>
internal sealed class LuceneBaseline : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Analyzer _analyzer = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new CJKBigramFilter(stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly int _count;

    public LuceneBaseline(IReadOnlyList<Profile> people)
    {
        _count = people.Count;
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var p in people)
            {
                writer.AddDocument(
                [
                    new TextField("offers", p.Offers, Field.Store.NO),
                    new TextField("interests", p.Interests, Field.Store.NO),
                ]);
            }

            writer.ForceMerge(1);
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>The people whose offers best match a person's needs, best first, without the person.</summary>
    public IReadOnlyList<int> Helpers(Profile person, int self, int top) => Search("offers", person.Needs, self, top);

    /// <summary>The people whose interests best match a person's interests, best first, without the person.</summary>
    public IReadOnlyList<int> TalkPartners(Profile person, int self, int top) => Search("interests", person.Interests, self, top);

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private List<int> Search(string field, string text, int self, int top)
    {
        var query = new BooleanQuery();
        using (var stream = _analyzer.GetTokenStream(field, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken() && query.Clauses.Count < BooleanQuery.MaxClauseCount)
            {
                query.Add(new TermQuery(new Term(field, term.ToString())), Occur.SHOULD);
            }

            stream.End();
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var hits = _searcher.Search(query, Math.Min(top + 1, _count)).ScoreDocs;
        return [.. hits.Select(h => h.Doc).Where(d => d != self).Take(top)];
    }
}
