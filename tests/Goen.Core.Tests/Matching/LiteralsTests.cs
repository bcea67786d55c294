using System.Buffers;
using Goen.Core.Matching;

namespace Goen.Core.Tests.Matching;

public class LiteralsTests
{
    // Words sharing first characters and prefixes of one another, in both scripts, as the facets' lists do.
    private static readonly string[] Words = ["税理士", "税務", "税", "法人税申告", "登記", "弁護士", "lawyer", "law firm", "legal", "tax return", "tax", "訴訟", "ビザ", "visa"];

    [Fact]
    public void IndexOfAny_OnRandomText_FindsWhatTheStringSearchValuesFind()
    {
        var reference = SearchValues.Create(Words, StringComparison.Ordinal);
        var literals = new Literals(Words);
        // Characters of the words and others, so that first characters often stand where no word follows.
        var alphabet = "税理士務法人申告登記弁護訴ビザlawyerfimgtxsvi ,、のを".ToCharArray();
        var random = new Random(12);
        var found = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var expected = text.AsSpan().IndexOfAny(reference);
            Assert.Equal(expected, literals.IndexOfAny(text));
            found += expected >= 0 ? 1 : 0;
        }

        // Both outcomes were exercised.
        Assert.InRange(found, 1000, 19_000);
    }

    [Theory]
    [InlineData("法人税申告と登記", 0)]
    [InlineData("個人の確定申告", -1)]
    [InlineData("a good law firm", 7)]
    [InlineData("lawn care", -1)] // starts like "lawyer" and "law firm", and is neither
    [InlineData("", -1)]
    public void IndexOfAny_FindsTheFirstPlaceAWordStarts(string text, int expected)
    {
        var literals = new Literals(Words);

        Assert.Equal(text.AsSpan().IndexOfAny(SearchValues.Create(Words, StringComparison.Ordinal)), literals.IndexOfAny(text));
        Assert.Equal(expected, literals.IndexOfAny(text));
    }

    [Fact]
    public void New_RefusesAnEmptyWord() =>
        Assert.Throws<ArgumentException>(() => new Literals(["税理士", ""]));
}
