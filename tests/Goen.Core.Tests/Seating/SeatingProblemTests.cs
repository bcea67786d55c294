using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public class SeatingProblemTests
{
    private static SeatingProblem Make(int people, IReadOnlyList<TableSpec> tables, SeatingConstraints? constraints = null, Presence? presence = null) =>
        new(new PairValues(people), presence?.RoundCount ?? 2, tables, constraints, presence);

    [Fact]
    public void Constructor_MorePeopleThanSeats_ThrowsSayingWhy()
    {
        var error = Assert.Throws<SeatingProblemException>(() => Make(9, [TableSpec.Fixed(4), TableSpec.Fixed(4)]));

        Assert.Equal("Round 1: 9 people are present but the 2 tables seat at most 8.", error.Message);
    }

    [Fact]
    public void Constructor_LateArrivalsLeaveTablesShort_ThrowsForThatRound()
    {
        var presence = new Presence(2, 8).ArrivesAt(1, 7);

        var error = Assert.Throws<SeatingProblemException>(() => Make(8, [TableSpec.Fixed(4), TableSpec.Fixed(4)], presence: presence));

        Assert.Equal("Round 1: 7 people are present but the 2 tables need at least 8.", error.Message);
    }

    [Fact]
    public void Constructor_ApartPeoplePinnedTogether_ThrowsSayingWhy()
    {
        var constraints = new SeatingConstraints().KeepApart(["Acme", "Acme", null, null]).Pin(0, 1).Pin(1, 1);

        var error = Assert.Throws<SeatingProblemException>(() => Make(4, [TableSpec.Fixed(2), TableSpec.Fixed(2)], constraints));

        Assert.Equal("person 0, person 1 must sit apart but are all pinned to table 2.", error.Message);
    }

    [Fact]
    public void Constructor_MorePinnedThanTableHolds_ThrowsSayingWhy()
    {
        var constraints = new SeatingConstraints().Pin(0, 0).Pin(1, 0).Pin(2, 0);

        var error = Assert.Throws<SeatingProblemException>(() => Make(4, [TableSpec.Fixed(2), TableSpec.Fixed(2)], constraints));

        Assert.Equal("Round 1: 3 people are pinned to table 1, which seats at most 2.", error.Message);
    }

    [Fact]
    public void Constructor_PinnedToMissingTable_ThrowsSayingWhy()
    {
        var constraints = new SeatingConstraints().Pin(0, 5);

        var error = Assert.Throws<SeatingProblemException>(() => Make(4, [TableSpec.Fixed(2), TableSpec.Fixed(2)], constraints));

        Assert.Equal("Round 1: person 0 is pinned to table 6, but there are only 2 tables.", error.Message);
    }

    [Fact]
    public void Constructor_ApartGroupLargerThanTables_ThrowsSayingWhy()
    {
        var constraints = new SeatingConstraints().KeepApart(["Acme", "Acme", "Acme", null]);

        var error = Assert.Throws<SeatingProblemException>(() => Make(4, [TableSpec.Fixed(2), TableSpec.Fixed(2)], constraints));

        Assert.Contains("3 people who must sit apart (person 0, person 1, person 2) are present, but there are only 2 tables", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_PinsBreakMinimumSizes_ThrowsSayingWhy()
    {
        var constraints = new SeatingConstraints().Pin(0, 0).Pin(1, 0).Pin(2, 0);

        var error = Assert.Throws<SeatingProblemException>(() => Make(4, [new TableSpec(2, 3), new TableSpec(2, 3)], constraints));

        Assert.Contains("minimum sizes, with the people pinned to them, need 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NamesGiven_MessageUsesNames()
    {
        var constraints = new SeatingConstraints().Pin(0, 3);

        var error = Assert.Throws<SeatingProblemException>(() =>
            new SeatingProblem(new PairValues(2), 1, [TableSpec.Fixed(2)], constraints, names: ["佐藤", "Tanaka"]));

        Assert.Equal("佐藤 is pinned to table 4, but there are only 1 tables.", error.Message);
    }
}
