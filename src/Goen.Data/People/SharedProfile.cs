namespace Goen.Data.People;

/// <summary>
/// A profile as one viewer may see it: a field is <see langword="null"/> when its owner did not share it
/// with this viewer (or left it empty).
/// </summary>
public sealed record SharedProfile(
    int PersonId,
    string Name,
    string? Organization,
    string? Role,
    string? Offers,
    string? Needs,
    string? Interests,
    string? Languages,
    string? Email,
    Relation Relation)
{
    /// <summary>Cuts a person's profile down to what a viewer with the given relation may see.</summary>
    /// <param name="person">The person.</param>
    /// <param name="relation">How the viewer is related to them.</param>
    /// <returns>The shared view, or <see langword="null"/> when the viewer may see nothing, not even the name.</returns>
    public static SharedProfile? Of(Person person, Relation relation)
    {
        ArgumentNullException.ThrowIfNull(person);
        string? Field(string value, Visibility visibility) =>
            value.Length > 0 && Allows(visibility, relation) ? value : null;

        var profile = new SharedProfile(
            person.Id,
            person.Name,
            Field(person.Organization, person.OrganizationVisibility),
            Field(person.Role, person.RoleVisibility),
            Field(person.Offers, person.OffersVisibility),
            Field(person.Needs, person.NeedsVisibility),
            Field(person.Interests, person.InterestsVisibility),
            Field(person.Languages, person.LanguagesVisibility),
            Field(person.Email, person.EmailVisibility),
            relation);

        // Someone with no event in common sees a profile only when its owner shares at least one field with
        // everyone signed in; a name alone tells a stranger nothing they need.
        var sharesAnything = profile.Organization ?? profile.Role ?? profile.Offers ?? profile.Needs ?? profile.Interests ?? profile.Languages ?? profile.Email;
        return relation switch
        {
            Relation.None => null,
            Relation.SignedIn when sharesAnything is null => null,
            _ => profile,
        };
    }

    /// <summary>A person's name and nothing else: how an organizer sees a withdrawn registration that shares nothing with them.</summary>
    /// <param name="person">The person.</param>
    /// <param name="relation">The viewer's relation to them.</param>
    /// <returns>The name-only view.</returns>
    public static SharedProfile NameOnly(Person person, Relation relation)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new SharedProfile(person.Id, person.Name, null, null, null, null, null, null, null, relation);
    }

    /// <summary>Whether a field with the given visibility is shown to a viewer with the given relation.</summary>
    /// <param name="visibility">The field's visibility.</param>
    /// <param name="relation">The viewer's relation to the owner.</param>
    /// <returns><see langword="true"/> when the viewer may see the field.</returns>
    public static bool Allows(Visibility visibility, Relation relation) => relation switch
    {
        Relation.Owner => true,
        Relation.SameEvent => visibility >= Visibility.SameEvents,
        Relation.SignedIn => visibility >= Visibility.SignedIn,
        _ => false,
    };
}
