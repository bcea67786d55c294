using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public class TableSpecTests
{
    [Theory]
    [InlineData(300, 6, 6, 6, 50)]
    [InlineData(301, 6, 5, 6, 51)]
    [InlineData(7, 6, 3, 6, 2)]
    public void Layout_PeopleAndSize_TableCount(int people, int size, int min, int max, int tables)
    {
        var layout = TableSpec.Layout(people, size, min, max);

        Assert.Equal(tables, layout.Count);
        Assert.All(layout, t => Assert.Equal(new TableSpec(min, max), t));
    }

    [Fact]
    public void Layout_PeopleCannotFill_ThrowsSayingWhy()
    {
        var error = Assert.Throws<SeatingProblemException>(() => TableSpec.Layout(7, 6, 6, 6));

        Assert.Contains("7 people cannot be seated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MinAboveMax_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableSpec(5, 4));
    }
}
