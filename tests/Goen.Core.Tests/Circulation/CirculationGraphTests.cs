using Goen.Core.Circulation;

namespace Goen.Core.Tests.Circulation;

public partial class CirculationGraphTests
{
    private static readonly DateOnly Day = new(2025, 4, 15);

    [Fact]
    public void Build_Introductions_TalliesWhoIntroducedAndWhoWasIntroduced()
    {
        var people = People("ana", "ben", "chi", "dai");
        var entries = new[]
        {
            Entry("ana", "ben", "chi"),
            Entry("ana", "ben", "dai", accepted: false),
            Entry("ben", "chi", "dai"),
        };

        var graph = CirculationGraph.Build(people, entries);

        Assert.Equal(
            [("ana", 2, 0), ("ben", 1, 2), ("chi", 0, 2), ("dai", 0, 2)],
            graph.Nodes.Select(n => (n.Id, n.Introduced, n.WasIntroduced)));
    }

    [Fact]
    public void Build_PersonInNoIntroduction_IsANodeWithZeroTallies()
    {
        var people = People("ana", "ben", "chi", "eri");

        var graph = CirculationGraph.Build(people, [Entry("ana", "ben", "chi")]);

        var eri = Assert.Single(graph.Nodes, n => n.Id == "eri");
        Assert.Equal((0, 0), (eri.Introduced, eri.WasIntroduced));
    }

    [Fact]
    public void Build_PeopleAndEntriesInAnyOrder_OrdersNodesByIdAndEdgesByDateThenIds()
    {
        var people = People("dai", "Ben", "ana", "chi");
        var entries = new[]
        {
            Entry("ana", "chi", "dai", day: Day.AddDays(2)),
            Entry("dai", "ana", "chi", day: Day),
            Entry("ana", "Ben", "dai", day: Day),
            Entry("ana", "Ben", "chi", day: Day),
        };

        var graph = CirculationGraph.Build(people, entries);

        Assert.Equal(["Ben", "ana", "chi", "dai"], graph.Nodes.Select(n => n.Id));
        Assert.Equal(
            [("ana", "Ben", "chi"), ("ana", "Ben", "dai"), ("dai", "ana", "chi"), ("ana", "chi", "dai")],
            graph.Edges.Select(e => (e.IntroducerId, e.AId, e.BId)));
    }

    [Fact]
    public void Build_SameInputShuffled_GivesEqualNodesEdgesAndCounts()
    {
        var people = People("ana", "ben", "chi", "dai", "eri");
        var entries = new[]
        {
            Entry("ana", "ben", "chi", outcome: IntroductionOutcome.Met),
            Entry("ana", "ben", "chi", accepted: false),
            Entry("eri", "dai", "ana", day: Day.AddMonths(-3)),
            Entry("ben", "eri", "chi", outcome: IntroductionOutcome.WorkedTogether, day: Day.AddMonths(2)),
        };

        var first = CirculationGraph.Build(people, entries);
        var second = CirculationGraph.Build(people.AsEnumerable().Reverse(), entries.Reverse());

        Assert.Equal(first.Nodes, second.Nodes);
        Assert.Equal(first.Edges, second.Edges);
        Assert.Equal(first.Counts.Months, second.Counts.Months);
        Assert.Equal(first.Counts with { Months = [] }, second.Counts with { Months = [] });
    }

    [Fact]
    public void Build_ViewerAndLabels_AreCarriedToTheNodes()
    {
        CirculationPerson[] people = [new("me", "佐藤 花子", true), new("you", "Tanaka", false)];

        var graph = CirculationGraph.Build(people, []);

        Assert.Equal([new CirculationNode("me", "佐藤 花子", true, 0, 0), new CirculationNode("you", "Tanaka", false, 0, 0)], graph.Nodes);
    }

    [Theory]
    [InlineData("zed", "ben", "chi")]
    [InlineData("ana", "zed", "chi")]
    [InlineData("ana", "ben", "zed")]
    public void Build_EntryWithUnknownId_ThrowsArgumentException(string introducer, string a, string b)
    {
        var people = People("ana", "ben", "chi");

        var thrown = Assert.Throws<ArgumentException>(() => CirculationGraph.Build(people, [Entry(introducer, a, b)]));

        Assert.Equal("entries", thrown.ParamName);
        Assert.Contains("'zed'", thrown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ana", "ben", "ben")]
    [InlineData("ana", "ana", "ben")]
    [InlineData("ben", "ana", "ben")]
    public void Build_EntryIntroducingSomeoneToThemselvesOrByOneSide_ThrowsArgumentException(string introducer, string a, string b)
    {
        var people = People("ana", "ben", "chi");

        var thrown = Assert.Throws<ArgumentException>(() => CirculationGraph.Build(people, [Entry(introducer, a, b)]));

        Assert.Equal("entries", thrown.ParamName);
    }

    [Fact]
    public void Build_TwoPeopleWithOneId_ThrowsArgumentException()
    {
        CirculationPerson[] people = [new("ana", "Ana", false), new("ana", "Ana again", false)];

        var thrown = Assert.Throws<ArgumentException>(() => CirculationGraph.Build(people, []));

        Assert.Equal("people", thrown.ParamName);
    }

    [Fact]
    public void Build_TwoViewers_ThrowsArgumentException()
    {
        CirculationPerson[] people = [new("ana", "Ana", true), new("ben", "Ben", true)];

        var thrown = Assert.Throws<ArgumentException>(() => CirculationGraph.Build(people, []));

        Assert.Equal("people", thrown.ParamName);
    }

    [Fact]
    public void Build_NullArguments_ThrowArgumentNullException()
    {
        var people = People("ana");

        Assert.Throws<ArgumentNullException>(() => CirculationGraph.Build(null!, []));
        Assert.Throws<ArgumentNullException>(() => CirculationGraph.Build(people, null!));
        Assert.Throws<ArgumentException>(() => CirculationGraph.Build(people, [null!]));
        Assert.Throws<ArgumentException>(() => CirculationGraph.Build([null!], []));
    }

    internal static CirculationPerson[] People(params string[] ids) =>
        [.. ids.Select(id => new CirculationPerson(id, id.ToUpperInvariant(), false))];

    internal static CirculationEntry Entry(
        string introducer,
        string a,
        string b,
        bool accepted = true,
        IntroductionOutcome outcome = IntroductionOutcome.None,
        DateOnly? day = null) =>
        new(introducer, a, b, accepted, outcome, day ?? Day);
}
