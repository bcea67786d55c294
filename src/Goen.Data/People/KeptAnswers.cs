using System.Text.Json;

namespace Goen.Data.People;

/// <summary>
/// The columns of an attendee file that Goen keeps without using them (a form's other questions, ticket names):
/// the answers a person gave the organizer, for the organizer alone.
/// </summary>
public static class KeptAnswers
{
    /// <summary>A person's kept answers as one viewer may see them.</summary>
    /// <param name="person">The person.</param>
    /// <param name="relation">The viewer's relation to them.</param>
    /// <returns>
    /// Header → answer, in file order, for <see cref="Relation.Owner"/> (the organizer who imported the person, or
    /// the person themself: the answers are theirs); empty for anyone else, co-attendees included.
    /// </returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Of(Person person, Relation relation)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (relation != Relation.Owner)
        {
            return [];
        }

        var answers = JsonSerializer.Deserialize<Dictionary<string, string>>(person.ExtraJson) ?? [];
        return [.. answers.Where(a => a.Value.Length > 0)];
    }
}
