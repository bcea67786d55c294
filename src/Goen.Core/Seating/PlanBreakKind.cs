namespace Goen.Core.Seating;

/// <summary>The rules <see cref="PlanChecker"/> checks.</summary>
public enum PlanBreakKind
{
    /// <summary>The plan has another number of rounds than the problem.</summary>
    RoundCount,

    /// <summary>A round has another number of tables than the problem.</summary>
    TableCount,

    /// <summary>A table seats fewer or more people than its bounds.</summary>
    TableSize,

    /// <summary>A table seats a person the problem does not know.</summary>
    UnknownPerson,

    /// <summary>A pinned person sits at another table.</summary>
    Pinned,

    /// <summary>Two people who must sit apart share a table.</summary>
    Apart,

    /// <summary>A present person is seated other than once in a round.</summary>
    SeatedTimes,

    /// <summary>A person is seated in a round they are not there for.</summary>
    NotPresent,
}
