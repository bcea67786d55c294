using Goen.Core.Matching;
using Goen.Core.Profiles;

namespace Goen.Core.Tests.Matching;

/// <summary>People who share a need share one checked ranking (CommunityIndex.CheckKey); what each gets must be what ranking
/// them alone gives.</summary>
public partial class CommunityIndexTests
{
    private static readonly string[][] LanguageVariants = [["fr"], ["en"], ["ja"], ["ja", "en"], []];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Suggestions_PeopleSharingANeed_GetWhatEachWouldAlone(bool requireSharedLanguage)
    {
        // The trust set (languages, restrictions, directions, scopes) and, for everyone, people with the same need who list
        // other languages, who offer something else, or who are the same again (each in the other's candidates).
        var trust = ProfileCsv.Read(Path.Combine(AppContext.BaseDirectory, "Matching", "Trust", "people.csv")).Profiles;
        var people = new List<Profile>(trust);
        for (var i = 0; i < trust.Count; i++)
        {
            people.Add(trust[i] with { Name = $"{trust[i].Name} (languages)", Languages = LanguageVariants[i % LanguageVariants.Length] });
            people.Add(trust[i] with { Name = $"{trust[i].Name} (offers)", Offers = trust[(i + 1) % trust.Count].Offers });
            people.Add(trust[i] with { Name = $"{trust[i].Name} (again)" });
        }

        // Two needs with one vector (the language asked for is not a topic) that the checks tell apart.
        people.Add(new Profile { Name = "Asker", Needs = "An accountant for my tax return" });
        people.Add(new Profile { Name = "English asker", Needs = "An English-speaking accountant for my tax return" });
        people.Add(new Profile { Name = "税理士 一郎", Offers = "accountant, tax return", Languages = ["ja"] });
        people.Add(new Profile { Name = "Priya Nair", Offers = "tax return and bookkeeping, accountant, payroll, audits", Languages = ["en", "ja"] });
        var index = CommunityIndex.Build(people, options: MatchingOptions.Default with { RequireSharedLanguage = requireSharedLanguage });

        var shared = index.SuggestAll(top: 5);

        Assert.All(Enumerable.Range(0, people.Count), p => Assert.Equal(
            index.RankHelpers(p, 5).Select(h => Describe(index.ExplainHelp(h.Person, p)) with { Score = h.Score }),
            shared[p].Introductions.Select(Describe)));
        // The variants matter: people with the same need get different helpers when their languages or offers differ.
        Assert.Contains(Enumerable.Range(0, trust.Count), i => !Helpers(shared[i]).SequenceEqual(Helpers(shared[trust.Count + (3 * i)])));
        Assert.Contains(Enumerable.Range(0, trust.Count), i => !Helpers(shared[i]).SequenceEqual(Helpers(shared[trust.Count + (3 * i) + 1])));
        Assert.Contains(people.Count - 2, Helpers(shared[^4]));
        Assert.DoesNotContain(people.Count - 2, Helpers(shared[^3]));
    }

    [Fact]
    public void Suggestions_CommunityListingOver64Languages_KeepsTheSameLanguageRules()
    {
        // The trust set (languages asked, named, pairs, media, directions) beside 65 people with nothing to offer or ask: listing
        // 65 languages no one else lists, the language checks read the lists; listing English, they read the codes as bits.
        var trust = ProfileCsv.Read(Path.Combine(AppContext.BaseDirectory, "Matching", "Trust", "people.csv")).Profiles;
        var many = CommunityIndex.Build([.. trust, .. Enumerable.Range(0, 65).Select(i => new Profile { Name = $"Guest {i}", Languages = [$"x{i}"] })]);
        var few = CommunityIndex.Build([.. trust, .. Enumerable.Range(0, 65).Select(i => new Profile { Name = $"Guest {i}", Languages = ["en"] })]);

        var fromLists = many.SuggestAll(top: 5);
        var fromBits = few.SuggestAll(top: 5);

        Assert.All(Enumerable.Range(0, trust.Count), p => Assert.Equal(fromBits[p].Introductions.Select(Describe), fromLists[p].Introductions.Select(Describe)));
        Assert.Contains(Enumerable.Range(0, trust.Count), p => fromBits[p].Introductions.Count > 0);
    }

    private static IEnumerable<int> Helpers(PersonSuggestions suggestions) => suggestions.Introductions.Select(m => m.Person);

    private static (int Person, double Score, string Reasons) Describe(Match match) => (match.Person, match.Score, string.Join(" | ", match.Reasons));
}
