namespace Goen.Data.Introductions;

/// <summary>Who a side of a new introduction is: a Goen profile the introducer may see, or one of their contacts.</summary>
/// <param name="PersonId">A profile's id.</param>
/// <param name="ContactId">A contact's id.</param>
public sealed record IntroductionParty(int? PersonId, int? ContactId);
