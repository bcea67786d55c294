using Goen.Core.Matching;
using Goen.Core.Profiles;

namespace Goen.Core.Tests.Matching;

public sealed class VocabularySnapshotTests : IDisposable
{
    // The default vocabulary built from its files, as a first run does; built once for the class.
    private static readonly Lazy<(Vocabulary Built, byte[] Key)> FromFiles = new(() =>
    {
        var (sudachi, goen) = Vocabulary.DefaultFiles();
        return (Vocabulary.Load(sudachi, goen), Vocabulary.SnapshotKey(sudachi, goen));
    });

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"goen-vocabulary-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Snapshot_ReadBack_HoldsEverythingTheBuiltVocabularyHolds()
    {
        var (built, key) = FromFiles.Value;
        var snapshot = built.WriteSnapshot(key);

        var read = Vocabulary.ReadSnapshot(snapshot, key);

        Assert.NotNull(read);
        // Every field is written: the same bytes again mean the same trie, entries, concepts and groups, in the same order.
        Assert.Equal(snapshot, read.WriteSnapshot(key));
        Assert.Equal(built.ConceptCount, read.ConceptCount);
    }

    [Fact]
    public void Snapshot_ReadBack_AnalysesEveryTrustSetProfileAsTheBuiltVocabularyDoes()
    {
        var (built, key) = FromFiles.Value;
        var read = Vocabulary.ReadSnapshot(built.WriteSnapshot(key), key)!;
        var people = ProfileCsv.Read(Path.Combine(AppContext.BaseDirectory, "Matching", "Trust", "people.csv")).Profiles;
        var fromFiles = new TermAnalyzer(built);
        var fromSnapshot = new TermAnalyzer(read);

        var texts = people.SelectMany(p => new[] { p.Offers, p.Needs, p.Interests }).ToList();
        foreach (var text in texts)
        {
            Assert.Equal(fromFiles.Analyze(text), fromSnapshot.Analyze(text));
        }

        // Not a vacuous comparison: the texts have features.
        Assert.True(texts.Sum(t => fromFiles.Analyze(t).Count) > 1000);
    }

    [Fact]
    public void Default_IsTheVocabularyTheFilesGive_WhicheverWayItWasLoaded() =>
        Assert.Equal(FromFiles.Value.Built.WriteSnapshot(FromFiles.Value.Key), Vocabulary.Default.WriteSnapshot(FromFiles.Value.Key));

    [Fact]
    public void ReadSnapshot_AnotherKey_IsRefused()
    {
        var (built, key) = FromFiles.Value;
        var other = (byte[])key.Clone();
        other[0] ^= 1;

        Assert.Null(Vocabulary.ReadSnapshot(built.WriteSnapshot(key), other));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(1_000_000)]
    [InlineData(-1)]
    public void ReadSnapshot_DamagedOrCutShort_IsRefusedWithoutThrowing(int at)
    {
        var (built, key) = FromFiles.Value;
        var snapshot = built.WriteSnapshot(key);

        if (at < 0)
        {
            Assert.Null(Vocabulary.ReadSnapshot(snapshot.AsSpan(0, snapshot.Length / 2), key));
        }
        else
        {
            snapshot[at] ^= 0x55;
            Assert.Null(Vocabulary.ReadSnapshot(snapshot, key));
        }
    }

    [Fact]
    public void Cache_WritesASnapshotAndReadsItBack()
    {
        var (built, key) = FromFiles.Value;
        var cache = new VocabularySnapshotCache(_folder);

        Assert.Null(cache.Read(key));
        Assert.True(cache.Write(key, built));

        var read = cache.Read(key);
        Assert.NotNull(read);
        Assert.Equal(built.WriteSnapshot(key), read.WriteSnapshot(key));
        // Written whole under another name and renamed: nothing else is left in the folder.
        Assert.Equal([cache.PathFor(key)], Directory.GetFiles(_folder));
    }

    [Fact]
    public void Cache_ADamagedFile_IsIgnoredAndReplaced()
    {
        var (built, key) = FromFiles.Value;
        var cache = new VocabularySnapshotCache(_folder);
        Directory.CreateDirectory(_folder);
        File.WriteAllText(cache.PathFor(key), "not a snapshot");

        Assert.Null(cache.Read(key));
        Assert.True(cache.Write(key, built));
        Assert.NotNull(cache.Read(key));
    }

    [Fact]
    public void Cache_AFolderThatCannotBeWritten_SaysNoAndThrowsNothing()
    {
        var (built, key) = FromFiles.Value;
        // A file where the folder should be: nothing can be written under it, whoever runs the test.
        File.WriteAllText(_folder, "in the way");
        try
        {
            var cache = new VocabularySnapshotCache(Path.Combine(_folder, "goen"));

            Assert.False(cache.Write(key, built));
            Assert.Null(cache.Read(key));
        }
        finally
        {
            File.Delete(_folder);
        }
    }

    [Theory]
    [InlineData("/tmp/a", null, "/home/x", "/tmp/a")]
    [InlineData(null, "/var/cache", "/home/x", "/var/cache/goen")]
    [InlineData(null, null, "/home/x", "/home/x/.cache/goen")]
    [InlineData(null, "", "/home/x", "/home/x/.cache/goen")]
    [InlineData("off", "/var/cache", "/home/x", null)]
    [InlineData("", "/var/cache", "/home/x", null)]
    public void FromEnvironment_NamesTheFolder(string? goen, string? xdg, string? home, string? expected)
    {
        var variables = new Dictionary<string, string?> { ["GOEN_CACHE_DIR"] = goen, ["XDG_CACHE_HOME"] = xdg, ["HOME"] = home };

        var cache = VocabularySnapshotCache.FromEnvironment(name => variables[name]);

        Assert.Equal(expected, cache?.Folder);
    }
}
