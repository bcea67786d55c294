using Goen.Core.Circulation;

namespace Goen.Core.Tests.Circulation;

public partial class CirculationGraphTests
{
    [Fact]
    public void Counts_MixedOutcomes_CountMadeAcceptedMetAndWorkedTogether()
    {
        var entries = new[]
        {
            Entry("ana", "ben", "chi", accepted: false),
            Entry("ana", "ben", "dai", outcome: IntroductionOutcome.None),
            Entry("ana", "chi", "dai", outcome: IntroductionOutcome.NothingYet),
            Entry("ben", "chi", "dai", outcome: IntroductionOutcome.Met),
            Entry("chi", "ana", "ben", outcome: IntroductionOutcome.WorkedTogether),
            Entry("dai", "ana", "ben", outcome: IntroductionOutcome.WorkedTogether),
        };

        var counts = CirculationGraph.Build(People("ana", "ben", "chi", "dai"), entries).Counts;

        Assert.Equal((6, 5, 3, 2), (counts.Made, counts.Accepted, counts.Met, counts.WorkedTogether));
    }

    [Theory]
    [InlineData(IntroductionOutcome.Met)]
    [InlineData(IntroductionOutcome.WorkedTogether)]
    public void Counts_OutcomeOnAnIntroductionNeverAccepted_CountsAsMadeOnly(IntroductionOutcome outcome)
    {
        var entries = new[] { Entry("ana", "ben", "chi", accepted: false, outcome: outcome) };

        var counts = CirculationGraph.Build(People("ana", "ben", "chi"), entries).Counts;

        Assert.Equal((1, 0, 0, 0), (counts.Made, counts.Accepted, counts.Met, counts.WorkedTogether));
    }

    [Fact]
    public void Counts_NoIntroductions_AreZeroWithNoMonths()
    {
        var counts = CirculationGraph.Build(People("ana", "ben"), []).Counts;

        Assert.Equal((0, 0, 0, 0), (counts.Made, counts.Accepted, counts.Met, counts.WorkedTogether));
        Assert.Empty(counts.Months);
    }

    [Fact]
    public void Counts_IntroductionsInOneMonth_HaveOneMonthRow()
    {
        var entries = new[]
        {
            Entry("ana", "ben", "chi", day: new DateOnly(2025, 2, 1)),
            Entry("ana", "ben", "chi", accepted: false, day: new DateOnly(2025, 2, 28)),
        };

        var counts = CirculationGraph.Build(People("ana", "ben", "chi"), entries).Counts;

        Assert.Equal([new CirculationMonth("2025-02", 2, 1, 0, 0)], counts.Months);
    }

    [Fact]
    public void Counts_MonthsWithoutIntroductions_AreRowsOfZerosOldestFirstAcrossTheYear()
    {
        var entries = new[]
        {
            Entry("ana", "ben", "chi", outcome: IntroductionOutcome.WorkedTogether, day: new DateOnly(2025, 2, 3)),
            Entry("ana", "ben", "chi", outcome: IntroductionOutcome.Met, day: new DateOnly(2024, 11, 30)),
            Entry("ben", "ana", "chi", accepted: false, day: new DateOnly(2024, 11, 1)),
        };

        var counts = CirculationGraph.Build(People("ana", "ben", "chi"), entries).Counts;

        Assert.Equal(
            [
                new CirculationMonth("2024-11", 2, 1, 1, 0),
                new CirculationMonth("2024-12", 0, 0, 0, 0),
                new CirculationMonth("2025-01", 0, 0, 0, 0),
                new CirculationMonth("2025-02", 1, 1, 1, 1),
            ],
            counts.Months);
    }

    [Fact]
    public void Counts_Months_SumToTheTotals()
    {
        var people = People("ana", "ben", "chi", "dai");
        var entries = Enumerable.Range(0, 40).Select(i => Entry(
            "ana",
            "ben",
            i % 2 == 0 ? "chi" : "dai",
            accepted: i % 3 != 0,
            outcome: (IntroductionOutcome)(i % 4),
            day: new DateOnly(2024, 1, 1).AddDays(i * 17)));

        var counts = CirculationGraph.Build(people, entries).Counts;

        Assert.Equal(
            (counts.Made, counts.Accepted, counts.Met, counts.WorkedTogether),
            (counts.Months.Sum(m => m.Made), counts.Months.Sum(m => m.Accepted), counts.Months.Sum(m => m.Met), counts.Months.Sum(m => m.WorkedTogether)));
        Assert.Equal("2024-01", counts.Months[0].Month);
        Assert.Equal("2025-10", counts.Months[^1].Month);
        Assert.Equal(22, counts.Months.Count);
    }
}
