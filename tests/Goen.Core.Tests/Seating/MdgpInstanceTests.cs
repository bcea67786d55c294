using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public class MdgpInstanceTests
{
    private const string FourInTwo = "4 2 ss 2 2 2 2\n0 1 1.5\n0 2 2\n0 3 3\n1 2 4\n1 3 5\n2 3 6\n";

    [Fact]
    public void Parse_SmallInstance_ReadsValuesAndGroups()
    {
        var instance = MdgpInstance.Parse(new StringReader(FourInTwo));

        Assert.Equal(4, instance.Values.Count);
        Assert.Equal(4, instance.Values[1, 2]);
        Assert.Equal(4, instance.Values[2, 1]);
        Assert.Equal([TableSpec.Fixed(2), TableSpec.Fixed(2)], instance.Groups);
        Assert.True(instance.EqualSizes);
    }

    [Fact]
    public void Parse_DifferentSizes_ReadsEachGroupsBounds()
    {
        var instance = MdgpInstance.Parse(new StringReader("3 2 ds 1 2 1 3\n0 1 1\n0 2 1\n1 2 1\n"));

        Assert.Equal([new TableSpec(1, 2), new TableSpec(1, 3)], instance.Groups);
        Assert.False(instance.EqualSizes);
    }

    [Theory]
    [InlineData("", "Line 1")]
    [InlineData("4 2 xx 2 2 2 2\n", "Line 1: the kind")]
    [InlineData("4 2 ss 2 2\n", "Line 1: 2 groups need 4 sizes")]
    [InlineData("4 2 ss 2 2 2 2\n0 1 1.5\n0 2 oops\n", "Line 3")]
    [InlineData("4 2 ss 2 2 2 2\n0 1 1.5\n0 9 2\n", "Line 3: elements must be")]
    [InlineData("4 2 ss 2 2 2 2\n0 1 1.5\n1 0 2\n", "Line 3: the pair 1 0 appears twice")]
    [InlineData("4 2 ss 2 2 2 2\n0 1 1.5\n", "ends after 1 pairs")]
    public void Parse_Malformed_ThrowsWithLine(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => MdgpInstance.Parse(new StringReader(text)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToProblem_GroupsTooSmall_ThrowsSayingWhy()
    {
        var instance = MdgpInstance.Parse(new StringReader("4 1 ss 3 3\n0 1 1\n0 2 1\n0 3 1\n1 2 1\n1 3 1\n2 3 1\n"));

        var error = Assert.Throws<SeatingProblemException>(instance.ToProblem);

        Assert.Contains("4 people are present but the 1 tables seat at most 3", error.Message, StringComparison.Ordinal);
    }
}
