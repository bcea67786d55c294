using Goen.Core.Profiles;
using Goen.Core.Text;

namespace Goen.Core.Matching;

/// <summary>Finds the people a labelled set names, by name compared after NFKC and width folding.</summary>
internal static class LabelledNames
{
    /// <summary>Gets a lookup from a name to the person's index.</summary>
    /// <param name="people">The community the names refer to.</param>
    /// <param name="parameter">The argument the names come from, for the exception.</param>
    /// <returns>A function that throws <see cref="ArgumentException"/> for a name not in <paramref name="people"/>.</returns>
    public static Func<string, int> IndexIn(IReadOnlyList<Profile> people, string parameter)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < people.Count; i++)
        {
            byName[TextNormalizer.FoldKey(people[i].Name)] = i;
        }

        return name => byName.TryGetValue(TextNormalizer.FoldKey(name), out var i) ? i : throw new ArgumentException($"'{name}' is not in the community.", parameter);
    }
}
