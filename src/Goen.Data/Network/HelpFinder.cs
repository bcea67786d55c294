using Goen.Core.Matching;
using Goen.Core.Profiles;
using Goen.Data.Events;
using Goen.Data.People;
using Microsoft.EntityFrameworkCore;
using CoreProfile = Goen.Core.Profiles.Profile;

namespace Goen.Data.Network;

/// <summary>
/// Finds how a person can help someone: the people in their network (their contacts, and the people at
/// their events who share enough with them) whose offers meet that someone's needs, and their upcoming
/// events that fit. The engine sees only what each person shares with the asker, plus the asker's own
/// notes, so nothing hidden shows through a reason.
/// </summary>
public static class HelpFinder
{
    private const int TopPeople = 5;
    private const int TopEvents = 3;

    /// <summary>Suggestions for one of the asker's contacts.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The asker.</param>
    /// <param name="contactId">The contact.</param>
    /// <param name="clock">The clock ("upcoming" events).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The suggestions, or <see langword="null"/> when the asker has no such contact.</returns>
    public static async Task<HelpSuggestions?> ForContactAsync(GoenDbContext db, string userId, int contactId, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var network = await NetworkOfAsync(db, userId, cancellationToken);
        var target = network.Members.FirstOrDefault(m => m.ContactId == contactId);
        if (target is null)
        {
            return null;
        }

        var lastTalk = await db.Encounters.OwnedBy(userId).Where(e => e.ContactId == contactId && e.TalkedAbout != "")
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).Select(e => e.TalkedAbout).FirstOrDefaultAsync(cancellationToken);
        return await SuggestAsync(db, userId, network, target, lastTalk, clock, cancellationToken);
    }

    /// <summary>Suggestions for a person the asker may see (a co-attendee), whether or not they are a contact yet.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The asker.</param>
    /// <param name="personId">The person.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The suggestions, or <see langword="null"/> when the person shares nothing with the asker.</returns>
    public static async Task<HelpSuggestions?> ForPersonAsync(GoenDbContext db, string userId, int personId, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var network = await NetworkOfAsync(db, userId, cancellationToken);
        var target = network.Members.FirstOrDefault(m => m.PersonId == personId);
        if (target is null)
        {
            if (await db.SharedWithAsync(userId, personId, cancellationToken) is not { } shared)
            {
                return null;
            }

            target = new Member(personId, null, shared.Name, ToCore(shared, null));
        }

        return await SuggestAsync(db, userId, network, target, null, clock, cancellationToken);
    }

    /// <summary>Why two people in the asker's network should meet: which of them could help the other, and with what.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The asker (the introducer).</param>
    /// <param name="a">One person.</param>
    /// <param name="b">The other.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The helper with the engine's reasons and the name of the one helped, or <see langword="null"/> when the engine sees no reason.</returns>
    public static async Task<(HelperSuggestion Helper, string Helped)?> WhyMeetAsync(GoenDbContext db, string userId, Introductions.IntroductionParty a, Introductions.IntroductionParty b, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var network = await NetworkOfAsync(db, userId, cancellationToken);
        if (await MemberAsync(db, userId, network, a, cancellationToken) is not { } ma || await MemberAsync(db, userId, network, b, cancellationToken) is not { } mb)
        {
            return null;
        }

        var index = CommunityIndex.Build([ma.Profile, mb.Profile], cancellationToken: cancellationToken);
        var bHelpsA = index.ExplainHelp(1, 0);
        var aHelpsB = index.ExplainHelp(0, 1);
        var (helper, helped, match) = bHelpsA.Score >= aHelpsB.Score ? (mb, ma, bHelpsA) : (ma, mb, aHelpsB);
        return match.Score > 0 && match.Reasons.Count > 0
            ? (new HelperSuggestion(helper.PersonId, helper.ContactId, helper.Name, match.Reasons, match.Score), helped.Name)
            : null;
    }

    /// <summary>The asker's contacts whom someone else in their network could help now, best match first.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The asker.</param>
    /// <param name="top">How many to return, at most.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Pairs of (contact who needs, person who could help).</returns>
    public static async Task<IReadOnlyList<(HelperSuggestion Contact, HelperSuggestion Helper)>> PeopleToHelpNowAsync(GoenDbContext db, string userId, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var network = await NetworkOfAsync(db, userId, cancellationToken);
        var members = network.Members;
        if (members.Count < 2 || !members.Any(m => m.ContactId is not null && m.Profile.Needs.Length > 0))
        {
            return [];
        }

        var index = CommunityIndex.Build([.. members.Select(m => m.Profile)], cancellationToken: cancellationToken);
        var found = new List<(HelperSuggestion, HelperSuggestion)>();
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].ContactId is null || members[i].Profile.Needs.Length == 0)
            {
                continue;
            }

            foreach (var (helper, score) in index.RankHelpers(i, 2))
            {
                if (helper != i && score > 0)
                {
                    var m = members[helper];
                    found.Add((
                        new HelperSuggestion(members[i].PersonId, members[i].ContactId, members[i].Name, [], score),
                        new HelperSuggestion(m.PersonId, m.ContactId, m.Name, index.ExplainHelp(helper, i).Reasons, score)));
                    break;
                }
            }
        }

        return [.. found.OrderByDescending(f => f.Item1.Score).Take(top)];
    }

    private static async Task<Member?> MemberAsync(GoenDbContext db, string userId, NetworkOf network, Introductions.IntroductionParty party, CancellationToken cancellationToken)
    {
        if (party.ContactId is { } contactId)
        {
            return network.Members.FirstOrDefault(m => m.ContactId == contactId);
        }

        if (party.PersonId is not { } personId)
        {
            return null;
        }

        return network.Members.FirstOrDefault(m => m.PersonId == personId)
            ?? (await db.SharedWithAsync(userId, personId, cancellationToken) is { } shared ? new Member(personId, null, shared.Name, ToCore(shared, null)) : null);
    }

    private static async Task<HelpSuggestions> SuggestAsync(GoenDbContext db, string userId, NetworkOf network, Member target, string? lastTalk, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = NetworkAccess.Today(clock);
        var events = await db.Events.OrganizedOrAttendedBy(userId).AsNoTracking()
            .Where(e => e.Date >= today)
            .OrderBy(e => e.Date).Take(200)
            .Select(e => new { e.Id, e.Title, e.Date, e.Description, e.Tags })
            .ToListAsync(cancellationToken);
        // An event they are already coming to is nothing to invite them to.
        if (target.PersonId is { } targetPerson)
        {
            var theirs = await db.Attendances.ThatCount().Where(a => a.PersonId == targetPerson).Select(a => a.EventId).ToListAsync(cancellationToken);
            events.RemoveAll(e => theirs.Contains(e.Id));
        }

        var helpers = network.Members.Where(m => m != target && (m.PersonId is null || m.PersonId != target.PersonId)).ToList();

        // One index over the person helped (0), the asker (1), the network, then the events as profiles
        // whose "offers" and "interests" are their title, description and tags.
        var profiles = new List<CoreProfile>(helpers.Count + events.Count + 2) { target.Profile, network.Me };
        profiles.AddRange(helpers.Select(h => h.Profile));
        profiles.AddRange(events.Select(e =>
        {
            var text = string.Join('\n', e.Title, e.Description, e.Tags);
            return new CoreProfile { Name = e.Title, Offers = text, Interests = text };
        }));
        var index = CommunityIndex.Build(profiles, cancellationToken: cancellationToken);

        // The engine's rule for an introduction worth making: enough of the need met, in a language it asks for.
        // Reasons are written for the few shown, found by their place in the index.
        var topPeople = Enumerable.Range(0, helpers.Count)
            .Where(i => index.CanHelp(i + 2, 0))
            .Select(i => (At: i, Score: index.Help(i + 2, 0)))
            .OrderByDescending(h => h.Score).ThenBy(h => helpers[h.At].Name, StringComparer.Ordinal).Take(TopPeople)
            .Select(h => new HelperSuggestion(helpers[h.At].PersonId, helpers[h.At].ContactId, helpers[h.At].Name, index.ExplainHelp(h.At + 2, 0).Reasons, h.Score))
            .ToList();

        var suggestedEvents = new List<EventSuggestion>();
        for (var e = 0; e < events.Count; e++)
        {
            var at = helpers.Count + 2 + e;
            var help = index.CanHelp(at, 0) ? index.ExplainHelp(at, 0) : new Match(at, 0, []);
            var talk = index.ExplainTalk(0, at);
            var best = help.Score >= talk.Score ? help : talk;
            if (best.Score > 0)
            {
                suggestedEvents.Add(new EventSuggestion(events[e].Id, events[e].Title, events[e].Date, best.Reasons, best.Score));
            }
        }

        var starters = TalkTopics.Of(index.ExplainTalk(1, 0).Reasons);
        return new HelpSuggestions(
            target.Name,
            topPeople,
            [.. suggestedEvents.OrderByDescending(e => e.Score).ThenBy(e => e.Date).Take(TopEvents)],
            starters,
            string.IsNullOrEmpty(lastTalk) ? null : lastTalk,
            target.PersonId,
            target.ContactId);
    }

    /// <summary>
    /// The asker's network as the engine sees it: each contact (a linked one through what they share plus the
    /// asker's notes), and each person at the asker's events who shares anything with them, once each.
    /// </summary>
    private static async Task<NetworkOf> NetworkOfAsync(GoenDbContext db, string userId, CancellationToken cancellationToken)
    {
        var contacts = await db.Contacts.OwnedBy(userId).AsNoTracking().Include(c => c.Person).ToListAsync(cancellationToken);
        var eventPeopleIds = await db.PeopleSharingAnEventWith(userId).Distinct().ToHashSetAsync(cancellationToken);
        var linked = contacts.Where(c => c.PersonId is not null).Select(c => c.PersonId!.Value).ToHashSet();
        var others = await db.People.AsNoTracking()
            .Where(p => eventPeopleIds.Contains(p.Id) && p.UserId != userId)
            .ToListAsync(cancellationToken);
        others.RemoveAll(p => linked.Contains(p.Id));
        var people = contacts.Where(c => c.Person is not null).Select(c => c.Person!).Concat(others).ToList();
        var shared = NetworkAccess.SharedWith(userId, people, eventPeopleIds);

        var members = new List<Member>(contacts.Count + others.Count);
        foreach (var c in contacts)
        {
            var profile = c.PersonId is { } pid ? shared.GetValueOrDefault(pid) : null;
            members.Add(new Member(c.PersonId, c.Id, profile?.Name ?? c.Name, ToCore(profile, c)));
        }

        foreach (var p in others)
        {
            if (shared.TryGetValue(p.Id, out var profile))
            {
                members.Add(new Member(p.Id, null, profile.Name, ToCore(profile, null)));
            }
        }

        var me = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        var meProfile = me is null ? new CoreProfile { Name = "" } : ToCore(SharedProfile.Of(me, Relation.Owner), null);
        return new NetworkOf(members, meProfile);
    }

    private static CoreProfile ToCore(SharedProfile? shared, Contact? notes) => new()
    {
        Name = shared?.Name ?? notes?.Name ?? "",
        Organization = shared?.Organization ?? notes?.Organization ?? "",
        Offers = Join(shared?.Offers, notes?.TheyOffer),
        Needs = Join(shared?.Needs, notes?.TheyNeed),
        Interests = Join(shared?.Interests, notes?.Interests),
        Languages = ProfileCsv.ParseLanguages(shared?.Languages ?? ""),
    };

    private static string Join(string? theirs, string? mine) =>
        string.IsNullOrEmpty(theirs) ? mine ?? "" : string.IsNullOrEmpty(mine) ? theirs : theirs + "\n" + mine;

    private sealed record Member(int? PersonId, int? ContactId, string Name, CoreProfile Profile);

    private sealed record NetworkOf(List<Member> Members, CoreProfile Me);
}
