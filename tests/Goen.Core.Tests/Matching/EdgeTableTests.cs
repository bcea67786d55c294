using Goen.Core.Matching;

namespace Goen.Core.Tests.Matching;

public class EdgeTableTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(117_000)]
    public void TryGetValue_AnswersAsTheDictionaryItWasMadeFrom(int count)
    {
        var random = new Random(count);
        var entries = new Dictionary<long, int>();
        while (entries.Count < count)
        {
            // Trie keys: a node above the sixteen bits of a character.
            entries.TryAdd(((long)random.Next(1, 400_000) << 16) | (uint)random.Next(0, 65_536), random.Next());
        }

        var table = new EdgeTable(entries);

        foreach (var (key, value) in entries)
        {
            Assert.True(table.TryGetValue(key, out var found));
            Assert.Equal(value, found);
        }

        for (var i = 0; i < 10_000; i++)
        {
            var key = ((long)random.Next(1, 400_000) << 16) | (uint)random.Next(0, 65_536);
            Assert.Equal(entries.TryGetValue(key, out var expected), table.TryGetValue(key, out var found));
            Assert.Equal(expected, found);
        }
    }

    [Fact]
    public void New_RefusesAKeyOfZero() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new EdgeTable(new Dictionary<long, int> { [0] = 1 }));
}
