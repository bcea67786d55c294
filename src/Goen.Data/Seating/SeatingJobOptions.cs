namespace Goen.Data.Seating;

/// <summary>How the planning job searches, bound from <c>Goen:Seating</c>.</summary>
public sealed record SeatingJobOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Goen:Seating";

    /// <summary>
    /// Gets how many independent searches a plan runs side by side (<see cref="Core.Seating.SeatingOptions.Threads"/>),
    /// the best being kept. The default is 2, or 1 on a one-core machine.
    /// </summary>
    public int SearchThreads { get; init; } = Math.Min(2, Environment.ProcessorCount);

}
