using System.Text.Json;
using Goen.Core.Profiles;
using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public class EventPlanJsonTests
{
    private static readonly EventSeatingPlan Plan = new()
    {
        Request = new EventSeatingRequest { Rounds = 2, TableSize = 2, MinTableSize = 1, HelpWeight = 2, Search = new SeatingOptions { Seed = 4, MoveCost = 0.5 } },
        Attendees =
        [
            new EventAttendee("a", new Profile { Name = "佐藤", Organization = "Acme", Offers = "法務", Languages = ["ja"] }) { ApartKey = "Acme", PinnedTable = 0 },
            new EventAttendee("b", new Profile { Name = "Bo \"B\"" }) { LeavesBeforeRound = 1 },
            new EventAttendee("walk-in-1", new Profile { Name = "Cy", Needs = "design" }) { ArrivesAtRound = 1 },
        ],
        Rounds =
        [
            [new EventSeatingTable(["a", "b"], ["ワイン"])],
            [new EventSeatingTable(["a", "walk-in-1"], [])],
        ],
    };

    [Fact]
    public void Read_WhatWriteWrote_SamePlan()
    {
        var writer = new StringWriter();
        EventPlanJson.Write(writer, Plan);

        var read = EventPlanJson.Read(writer.ToString());

        var again = new StringWriter();
        EventPlanJson.Write(again, read);
        Assert.Equal(writer.ToString(), again.ToString());
        Assert.Equal(Plan.Attendees.Select(a => (a.Id, a.Profile.Name, a.Profile.Organization, a.Profile.Offers, a.Profile.Needs, a.ApartKey, a.PinnedTable, a.ArrivesAtRound, a.LeavesBeforeRound)),
            read.Attendees.Select(a => (a.Id, a.Profile.Name, a.Profile.Organization, a.Profile.Offers, a.Profile.Needs, a.ApartKey, a.PinnedTable, a.ArrivesAtRound, a.LeavesBeforeRound)));
        Assert.Equal(["ja"], read.Attendees[0].Profile.Languages);
        Assert.Equal(Plan.Rounds.Select(r => r.Select(t => (string.Join(",", t.PersonIds), string.Join(",", t.Topics)))),
            read.Rounds.Select(r => r.Select(t => (string.Join(",", t.PersonIds), string.Join(",", t.Topics)))));
        Assert.Equal((2, 2, 1, 2), (read.Request.Rounds, read.Request.TableSize!.Value, read.Request.MinTableSize!.Value, read.Request.MaxTableSize!.Value));
        Assert.Equal((2.0, 4, 0.5), (read.Request.HelpWeight, read.Request.Search.Seed, read.Request.Search.MoveCost));
    }

    [Fact]
    public void Write_Plan_NamesIdsAndTopicsPerTableCountingFromOne()
    {
        var writer = new StringWriter();

        EventPlanJson.Write(writer, Plan);

        using var json = JsonDocument.Parse(writer.ToString());
        var table = json.RootElement.GetProperty("rounds")[1].GetProperty("tables")[0];
        Assert.Equal(2, json.RootElement.GetProperty("rounds")[1].GetProperty("round").GetInt32());
        Assert.Equal(1, table.GetProperty("table").GetInt32());
        Assert.Equal(["佐藤", "Cy"], table.GetProperty("people").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["a", "walk-in-1"], table.GetProperty("personIds").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(2, json.RootElement.GetProperty("attendees")[1].GetProperty("leavesBeforeRound").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("attendees")[0].GetProperty("table").GetInt32());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"rounds\": []}")]
    [InlineData("{\"rounds\": [], \"attendees\": [], \"request\": {\"rounds\": 2}}")]
    public void Read_NotAPlan_FormatExceptionSayingWhat(string text)
    {
        var error = Assert.Throws<FormatException>(() => EventPlanJson.Read(text));

        Assert.NotEmpty(error.Message);
    }
}
