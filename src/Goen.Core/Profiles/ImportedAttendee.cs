namespace Goen.Core.Profiles;

/// <summary>One person accepted from an attendee file.</summary>
/// <remarks>
/// <see cref="Key"/> is what makes a re-import update rather than duplicate: the same person in a later
/// export of the same event gets the same key, however the platform changed the width or case of their ID,
/// e-mail or name.
/// </remarks>
/// <param name="Line">The 1-based line of the file where the person's record starts.</param>
/// <param name="Key">
/// The person's identity within the event: <c>id:</c> and the folded external ID when one is mapped and given,
/// otherwise <c>email:</c> and the folded e-mail, otherwise <c>name:</c> and the folded name
/// (see <see cref="Goen.Core.Text.TextNormalizer.FoldKey"/>).
/// </param>
/// <param name="Profile">Name, organization, offers, needs, interests and languages, with unmapped non-empty columns in <see cref="Profile.Extra"/>.</param>
/// <param name="Role">Job title or role; empty when not given.</param>
/// <param name="Email">E-mail address as written; empty when not given.</param>
/// <param name="Status">Whether the person is coming; <see cref="AttendeeStatus.Attending"/> when the file does not say.</param>
/// <param name="ReceptionNumber">The platform's reception number as written; empty when not given.</param>
public sealed record ImportedAttendee(int Line, string Key, Profile Profile, string Role, string Email, AttendeeStatus Status, string ReceptionNumber)
{
    /// <summary>Gets when the person registered or answered the form, on the form owner's clock as written; <see langword="null"/> when the file does not say.</summary>
    public DateTime? RegisteredAt { get; init; }
}
