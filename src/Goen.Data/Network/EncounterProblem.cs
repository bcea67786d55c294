namespace Goen.Data.Network;

/// <summary>Why an encounter was not logged.</summary>
public enum EncounterProblem
{
    /// <summary>Logged.</summary>
    None = 0,

    /// <summary>Neither a person nor a name was given.</summary>
    NoOne,

    /// <summary>The person does not exist or shares nothing with the one logging (told apart from nothing, as elsewhere).</summary>
    PersonNotFound,

    /// <summary>The event is not one the person logging organizes or attends.</summary>
    EventNotFound,

    /// <summary>One cannot log an encounter with oneself.</summary>
    Self,
}
