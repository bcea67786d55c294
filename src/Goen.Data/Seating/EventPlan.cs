using Goen.Data.Events;

namespace Goen.Data.Seating;

/// <summary>
/// A seating plan of an event and the background job that makes it: its state and progress live here, so any web
/// instance can show them, and the plan is written only once it is complete.
/// </summary>
/// <remarks>
/// A worker claims a running job with a lease (<see cref="ClaimedBy"/>, <see cref="ClaimedUntil"/>) and renews it with
/// every progress write; a job whose lease ran out was left behind by a stopped instance and is taken up again, at most
/// <see cref="SeatingJobs.MaxAttempts"/> times before it is failed.
/// </remarks>
public sealed class EventPlan : IVersioned
{
    public const int ErrorLength = 2000;

    public int Id { get; set; }

    public int EventId { get; set; }

    public Event? Event { get; set; }

    public EventPlanState State { get; set; }

    /// <summary>Gets or sets how far the search has come, 0 to 1.</summary>
    public double Progress { get; set; }

    /// <summary>Gets or sets the best plan's sum of pair values so far (the plan's, once done).</summary>
    public double Value { get; set; }

    /// <summary>Gets or sets the best plan's repeat meetings so far (the plan's, once done).</summary>
    public int Repeats { get; set; }

    /// <summary>Gets or sets what the organizer asked for (<see cref="PlanRequest"/> as JSON).</summary>
    public string RequestJson { get; set; } = "{}";

    /// <summary>Gets or sets the plan as <see cref="Goen.Core.Seating.EventPlanJson"/> writes it; null until done.</summary>
    public string? PlanJson { get; set; }

    public string Error { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Gets or sets which worker (host, process, instance) holds the job.</summary>
    public string ClaimedBy { get; set; } = "";

    /// <summary>Gets or sets until when the worker's claim holds; null when nobody holds the job.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    /// <summary>Gets or sets how many times a worker has taken the job up.</summary>
    public int Attempts { get; set; }

    public int Version { get; set; }
}
