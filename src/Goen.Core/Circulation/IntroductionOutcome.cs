namespace Goen.Core.Circulation;

/// <summary>What came of an introduction, as someone involved recorded it; later values mean more came of it.</summary>
public enum IntroductionOutcome
{
    /// <summary>Nobody recorded an outcome.</summary>
    None,

    /// <summary>Nothing yet.</summary>
    NothingYet,

    /// <summary>They met.</summary>
    Met,

    /// <summary>They worked together.</summary>
    WorkedTogether,
}
