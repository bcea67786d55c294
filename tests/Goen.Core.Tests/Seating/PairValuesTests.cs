using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public class PairValuesTests
{
    [Fact]
    public void Indexer_SetOnePair_BothOrdersRead()
    {
        var values = new PairValues(3);

        values[0, 2] = 4.5;

        Assert.Equal(4.5, values[2, 0]);
        Assert.Equal(4.5, values[0, 2]);
        Assert.Equal(0, values[1, 2]);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Indexer_InvalidValue_Throws(double value)
    {
        var values = new PairValues(2);

        Assert.Throws<ArgumentOutOfRangeException>(() => values[0, 1] = value);
    }

    [Fact]
    public void Indexer_PersonOutOfRange_Throws()
    {
        var values = new PairValues(2);

        Assert.Throws<ArgumentOutOfRangeException>(() => values[0, 2]);
    }
}
