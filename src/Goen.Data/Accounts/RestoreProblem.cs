namespace Goen.Data.Accounts;

/// <summary>Why an account export was not restored.</summary>
public enum RestoreProblem
{
    /// <summary>Restored.</summary>
    None = 0,

    /// <summary>The document is not a Goen account export.</summary>
    NotAnExport,

    /// <summary>The account already has contacts: restoring would mix or duplicate them.</summary>
    NotEmpty,

    /// <summary>A field is longer than Goen keeps.</summary>
    TooLong,
}
