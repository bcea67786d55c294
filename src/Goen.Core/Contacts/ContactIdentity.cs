namespace Goen.Core.Contacts;

/// <summary>What <see cref="ContactMatcher"/> compares to tell whether two contacts are the same person.</summary>
/// <param name="Name">The name as shown (a vCard's FN, a profile's name).</param>
/// <param name="Organization">The organization, or an empty string.</param>
/// <param name="Emails">The e-mail addresses, in any form people type them.</param>
/// <param name="Phones">The telephone numbers, in any form people type them.</param>
public sealed record ContactIdentity(string Name, string Organization, IReadOnlyList<string> Emails, IReadOnlyList<string> Phones);
