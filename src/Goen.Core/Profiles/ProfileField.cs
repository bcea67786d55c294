namespace Goen.Core.Profiles;

/// <summary>The columns of a profile file that Goen understands.</summary>
public enum ProfileField
{
    /// <summary>The person's name (名前). Required.</summary>
    Name,

    /// <summary>Company or group (所属).</summary>
    Organization,

    /// <summary>What the person can help with (できること).</summary>
    Offers,

    /// <summary>What the person is looking for (探していること).</summary>
    Needs,

    /// <summary>Small-talk material (雑談ネタ).</summary>
    Interests,

    /// <summary>Languages spoken (言語).</summary>
    Languages,
}
