namespace Goen.Data.Introductions;

/// <summary>A side's answer to being asked.</summary>
public enum IntroductionAnswer
{
    /// <summary>No answer yet.</summary>
    None,

    /// <summary>Yes, introduce us.</summary>
    Yes,

    /// <summary>No, thank you.</summary>
    No,
}
