using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public class GolferInstanceTests
{
    [Fact]
    public void Parse_OriginalProblem_ReadsGroupsSizeWeeks()
    {
        var instance = GolferInstance.Parse("8-4-10");

        Assert.Equal(new GolferInstance(8, 4, 10), instance);
        Assert.Equal(32, instance.Golfers);
        Assert.Equal(10, instance.WeekBound);
    }

    [Theory]
    [InlineData("8-4")]
    [InlineData("8-4-x")]
    [InlineData("8-0-3")]
    [InlineData("-8-4-3")]
    public void Parse_Malformed_Throws(string text)
    {
        Assert.Throws<FormatException>(() => GolferInstance.Parse(text));
    }
}
