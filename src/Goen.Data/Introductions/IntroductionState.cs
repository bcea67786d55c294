namespace Goen.Data.Introductions;

/// <summary>Where an introduction stands: draft → asked → one side said yes → introduced; or declined or expired.</summary>
public enum IntroductionState
{
    /// <summary>Written, not sent: only the introducer knows of it.</summary>
    Draft,

    /// <summary>Both sides were asked privately; neither has said yes yet.</summary>
    Asked,

    /// <summary>One side said yes; the other has not answered.</summary>
    OneAccepted,

    /// <summary>Both said yes and the introduction went to both.</summary>
    Introduced,

    /// <summary>A side said no. The other side is never told who.</summary>
    Declined,

    /// <summary>A side did not answer in time.</summary>
    Expired,
}
