namespace Goen.Core.Contacts;

/// <summary>What <see cref="VCardReader"/> found in a vCard file: the contacts it could use, and what it could not.</summary>
/// <param name="Contacts">The contacts, in the file's order; cards that were skipped are missing.</param>
/// <param name="Problems">Cards skipped and properties not understood, in the file's order; empty when the whole file was read.</param>
public sealed record VCardFile(IReadOnlyList<VCardContact> Contacts, IReadOnlyList<VCardProblem> Problems);
