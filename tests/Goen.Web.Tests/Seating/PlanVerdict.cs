using System.Globalization;
using System.Text.Json;
using Goen.Core.Seating;

namespace Goen.Web.Tests.Seating;

/// <summary>
/// The independent plan checker over a plan as the API gives it: the problem is made afresh by Core from the saved
/// attendees and request, and the API's rounds (by person id) are checked against it.
/// </summary>
internal static class PlanVerdict
{
    /// <summary>Checks the API's plan against the saved one's attendees and request.</summary>
    public static PlanReport Check(string savedPlanJson, JsonElement plan)
    {
        var saved = EventPlanJson.Read(savedPlanJson);
        var check = saved.Request with { Search = new SeatingOptions { MaxIterations = 1 } };
        var problem = EventSeating.Plan(saved.Attendees, check, new EventPairScores(new PairValues(saved.Attendees.Count))).Problem;
        var position = saved.Attendees.Select((a, i) => (a.Id, i)).ToDictionary(p => int.Parse(p.Id, CultureInfo.InvariantCulture), p => p.i);
        var rounds = plan.GetProperty("rounds").EnumerateArray().Select(r => r.GetProperty("tables").EnumerateArray()
            .Select(t => t.GetProperty("personIds").EnumerateArray().Select(p => position[p.GetInt32()]))).ToList();
        return PlanChecker.Check(problem, new SeatingPlan(rounds));
    }

    /// <summary>The person ids seated in a round (0-based) of the API's plan, in order.</summary>
    public static List<int> SeatedIn(JsonElement plan, int round) =>
        [.. plan.GetProperty("rounds")[round].GetProperty("tables").EnumerateArray().SelectMany(t => t.GetProperty("personIds").EnumerateArray().Select(p => p.GetInt32())).Order()];
}
