namespace Goen.Core.Seating;

/// <summary>The pair values and table topics of an event's attendees, indexed by their position in the attendee list.</summary>
/// <remarks>
/// <see cref="EventSeating.Score"/> makes these from the attendees' profiles with the matching engine; callers who
/// score pairs some other way (benchmarks, tests with fixed values) pass their own to <see cref="EventSeating.Plan"/>.
/// </remarks>
/// <param name="Values">The value of each pair sitting together; its size is the number of attendees.</param>
/// <param name="Topics">The topics the people at a table share, given their positions; null for none.</param>
public sealed record EventPairScores(PairValues Values, Func<IReadOnlyList<int>, IReadOnlyList<string>>? Topics = null);
