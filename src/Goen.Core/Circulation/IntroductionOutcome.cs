namespace Goen.Core.Circulation;

/// <summary>What came of an introduction, as the people involved recorded it.</summary>
public enum IntroductionOutcome
{
    /// <summary>Nobody has recorded an outcome.</summary>
    None,

    /// <summary>Someone recorded that nothing has come of it yet.</summary>
    NothingYet,

    /// <summary>The two people met.</summary>
    Met,

    /// <summary>The two people worked together; they met too.</summary>
    WorkedTogether,
}
