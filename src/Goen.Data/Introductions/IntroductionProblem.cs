namespace Goen.Data.Introductions;

/// <summary>Why an introduction step was not taken.</summary>
public enum IntroductionProblem
{
    /// <summary>No such introduction, contact or person for this user.</summary>
    NotFound,

    /// <summary>A side names neither a person nor a contact, or both.</summary>
    SideMissing,

    /// <summary>Both sides are the same person.</summary>
    SamePerson,

    /// <summary>A side is the introducer themselves.</summary>
    Self,

    /// <summary>The step does not fit the introduction's state (asking twice, an outcome before it was made…).</summary>
    WrongState,

    /// <summary>Someone changed it at the same time; nothing was saved.</summary>
    Conflict,
}
