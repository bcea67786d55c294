namespace Goen.Data.Seating;

/// <summary>Where a seating job stands.</summary>
public enum EventPlanState
{
    /// <summary>Queued or being planned: a worker takes it up, or has.</summary>
    Running = 0,

    /// <summary>Planned: the plan is saved.</summary>
    Done = 1,

    /// <summary>Stopped by the organizer; nothing was saved.</summary>
    Cancelled = 2,

    /// <summary>The request could not be met, or the job broke; <see cref="EventPlan.Error"/> says why.</summary>
    Failed = 3,
}
