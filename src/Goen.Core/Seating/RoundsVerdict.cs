namespace Goen.Core.Seating;

/// <summary>What <see cref="RoundsBound"/> says of a number of rounds.</summary>
public enum RoundsVerdict
{
    /// <summary>A plan with no repeats is known to exist: a construction reaches this many rounds.</summary>
    Reachable,

    /// <summary>No count rules out a plan with no repeats, but no known construction reaches it; the optimizer may or may not.</summary>
    Unknown,

    /// <summary>Some pair must meet twice: no plan of this many rounds avoids repeats.</summary>
    RepeatsUnavoidable,
}
