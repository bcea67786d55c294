using Goen.Data.Seating;

namespace Goen.Web.Tests.Seating;

/// <summary>How much of a plan's time limit its search gets (decision 0018): the limit runs from the request.</summary>
public sealed class SearchBudgetTests
{
    [Theory]
    [InlineData(5_000, 10, 40, 4_760)]
    [InlineData(5_000, 4_000, 40, 2_270)]
    [InlineData(5_000, -30, 40, 4_770)]
    [InlineData(5_000, 0, 4_900, 500)]
    [InlineData(60_000, 10, 40, 59_760)]
    [InlineData(1_000, 0, 0, 860)]
    public void SearchBudget_TakesTheWaitUpToHalfTheLimitSetupAndWhatComesAfter_AndLeavesAtLeastATenth(int limitMs, int waitedMs, int setupMs, int expectedMs)
    {
        var budget = SeatingJobs.SearchBudget(TimeSpan.FromMilliseconds(limitMs), TimeSpan.FromMilliseconds(waitedMs), TimeSpan.FromMilliseconds(setupMs), people: 300, rounds: 5);

        Assert.Equal(expectedMs, budget.TotalMilliseconds, 3);
    }
}
