using Goen.Core.Seating;

namespace Goen.Data.Seating;

/// <summary>A re-plan as saved: the row, the plan by person id, the optimizer's figures, and the walk-ins' new person ids.</summary>
public sealed record ReplanResult(EventPlan Row, EventSeatingPlan Plan, EventSeatingResult Result, IReadOnlyList<int> WalkInPersonIds);
