using System.Security.Cryptography;
using Goen.Core.Circulation;
using Goen.Core.Text;
using Goen.Data.Accounts;
using Goen.Data.Events;
using Goen.Data.Mail;
using Goen.Data.Network;
using Microsoft.EntityFrameworkCore;

namespace Goen.Data.Introductions;

/// <summary>
/// The steps of an introduction, each one save: draft, ask both sides, answer, record what came of it, thank,
/// and the daily sweep (one reminder, then expiry). The mails a step causes are queued in the same save.
/// </summary>
public static class IntroductionFlow
{
    /// <summary>Drafts an introduction between two people the introducer knows.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The introducer.</param>
    /// <param name="a">Side A.</param>
    /// <param name="b">Side B.</param>
    /// <param name="eventId">The event it comes from, if any (one the introducer organizes or attends).</param>
    /// <param name="defaultNote">Writes the note to a side (about the other) when none is given.</param>
    /// <param name="notes">The notes to A and to B, or <see langword="null"/> for the default.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The saved draft, or why there is none.</returns>
    public static async Task<(Introduction? Introduction, IntroductionProblem? Problem)> DraftAsync(
        GoenDbContext db,
        string userId,
        IntroductionParty a,
        IntroductionParty b,
        int? eventId,
        Func<Introduction, IntroductionSide, IntroductionSide, string> defaultNote,
        (string? ToA, string? ToB) notes,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(defaultNote);
        ArgumentNullException.ThrowIfNull(clock);
        if (eventId is { } e && !await db.Events.OrganizedOrAttendedBy(userId).AnyAsync(x => x.Id == e, cancellationToken))
        {
            return (null, IntroductionProblem.NotFound);
        }

        var me = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        var (sideA, problemA) = await ResolveAsync(db, me, a, 0, cancellationToken);
        var (sideB, problemB) = await ResolveAsync(db, me, b, 1, cancellationToken);
        if ((problemA ?? problemB) is { } problem)
        {
            return (null, problem);
        }

        if (SamePerson(sideA!, sideB!))
        {
            return (null, IntroductionProblem.SamePerson);
        }

        var now = clock.GetUtcNow();
        var myName = await db.People.Where(p => p.UserId == userId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        var introduction = new Introduction
        {
            IntroducerUserId = userId,
            IntroducerName = string.IsNullOrWhiteSpace(myName) ? me.UserName ?? "" : myName,
            EventId = eventId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        introduction.Sides.Add(sideA!);
        introduction.Sides.Add(sideB!);
        sideA!.Note = Cut(notes.ToA) ?? defaultNote(introduction, sideA, sideB!);
        sideB!.Note = Cut(notes.ToB) ?? defaultNote(introduction, sideB, sideA);
        db.Introductions.Add(introduction);
        await db.SaveChangesAsync(cancellationToken);
        return (introduction, null);
    }

    /// <summary>Changes a draft's notes and the language each side is written to in.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The introducer.</param>
    /// <param name="id">The introduction.</param>
    /// <param name="sides">Each side's note and language, A then B.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Why nothing was saved, or <see langword="null"/>.</returns>
    public static async Task<IntroductionProblem?> EditDraftAsync(GoenDbContext db, string userId, int id, IReadOnlyList<(string Note, string Culture)> sides, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sides);
        ArgumentNullException.ThrowIfNull(clock);
        var introduction = await LoadAsync(db, db.Introductions.MadeBy(userId), id, cancellationToken);
        if (introduction is null)
        {
            return IntroductionProblem.NotFound;
        }

        if (introduction.State != IntroductionState.Draft)
        {
            return IntroductionProblem.WrongState;
        }

        foreach (var side in introduction.Sides)
        {
            var (note, culture) = sides[side.Position];
            side.Note = Cut(note) ?? "";
            side.Culture = culture is "ja" ? "ja" : "en";
        }

        introduction.UpdatedAt = clock.GetUtcNow();
        return await SaveAsync(db, cancellationToken);
    }

    /// <summary>Asks both sides privately: a fresh link for each, and an ask by mail to each side with an address.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The introducer.</param>
    /// <param name="id">The introduction.</param>
    /// <param name="answerDays">How many days the sides have to answer (1 to 60).</param>
    /// <param name="linkBase">The public base of the links in the mails.</param>
    /// <param name="letters">Writes the asks.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The introduction as asked, or why it was not.</returns>
    public static async Task<(Introduction? Introduction, IntroductionProblem? Problem)> AskAsync(
        GoenDbContext db, string userId, int id, int answerDays, string linkBase, IntroductionLetters letters, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(clock);
        var introduction = await LoadAsync(db, db.Introductions.MadeBy(userId), id, cancellationToken);
        if (introduction is null)
        {
            return (null, IntroductionProblem.NotFound);
        }

        if (introduction.State != IntroductionState.Draft)
        {
            return (introduction, IntroductionProblem.WrongState);
        }

        var now = clock.GetUtcNow();
        introduction.State = IntroductionState.Asked;
        introduction.AnswerDays = Math.Clamp(answerDays, 1, 60);
        introduction.AskedAt = now;
        introduction.ExpiresAt = now.AddDays(introduction.AnswerDays);
        introduction.LinkBase = linkBase;
        introduction.UpdatedAt = now;
        foreach (var side in introduction.Sides)
        {
            side.LinkNonce = NewNonce();
            if (side.Email.Length > 0)
            {
                MailOutbox.Queue(db, letters.Ask(introduction, side), now);
            }
        }

        return (introduction, await SaveAsync(db, cancellationToken));
    }

    /// <summary>
    /// Records one side's answer, reached through their link (its secret already checked by the caller against
    /// <see cref="IntroductionSide.LinkNonce"/>) or while signed in. When both have said yes, the introduction goes
    /// to both in the same save.
    /// </summary>
    /// <param name="db">The database.</param>
    /// <param name="id">The introduction.</param>
    /// <param name="position">The side: 0 for A, 1 for B.</param>
    /// <param name="nonce">The secret the link carried.</param>
    /// <param name="answer">Yes or no.</param>
    /// <param name="share">On yes, the e-mail address and other ways of reaching them they give the other side.</param>
    /// <param name="letters">Writes the introductions.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>What happened.</returns>
    public static async Task<AnswerOutcome> AnswerAsync(
        GoenDbContext db, int id, int position, string nonce, IntroductionAnswer answer, (string Email, string Reach) share, IntroductionLetters letters, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(clock);
        if (answer == IntroductionAnswer.None)
        {
            return AnswerOutcome.BadLink;
        }

        // Two sides may answer in the same second: the second save meets a changed version, reloads and tries again.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            db.ChangeTracker.Clear();
            var introduction = await LoadAsync(db, db.Introductions, id, cancellationToken);
            var side = introduction?.Sides.SingleOrDefault(s => s.Position == position);
            if (introduction is null || side is null || !side.HasLinkSecret(nonce))
            {
                return AnswerOutcome.BadLink;
            }

            if (side.Answer != IntroductionAnswer.None)
            {
                return AnswerOutcome.AlreadyAnswered;
            }

            var now = clock.GetUtcNow();
            if (introduction.State is IntroductionState.Asked or IntroductionState.OneAccepted && introduction.ExpiresAt <= now)
            {
                introduction.State = IntroductionState.Expired;
                introduction.UpdatedAt = now;
                if (await SaveAsync(db, cancellationToken) is null)
                {
                    return AnswerOutcome.Expired;
                }

                continue;
            }

            if (introduction.State == IntroductionState.Expired)
            {
                return AnswerOutcome.Expired;
            }

            if (introduction.State is not (IntroductionState.Asked or IntroductionState.OneAccepted))
            {
                return AnswerOutcome.Closed;
            }

            side.Answer = answer;
            side.AnsweredAt = now;
            introduction.UpdatedAt = now;
            var other = introduction.Sides.Single(s => s.Position != position);
            if (answer == IntroductionAnswer.No)
            {
                introduction.State = IntroductionState.Declined;
            }
            else
            {
                side.SharedEmail = Cut(share.Email.Trim(), 320) ?? "";
                side.SharedReach = Cut(UserText.Clean(share.Reach), Contact.ShortLength) ?? "";
                if (other.Answer == IntroductionAnswer.Yes)
                {
                    introduction.State = IntroductionState.Introduced;
                    introduction.IntroducedAt = now;
                    foreach (var (to, about) in new[] { (side, other), (other, side) })
                    {
                        if (to.Email.Length > 0)
                        {
                            MailOutbox.Queue(db, letters.Introduce(introduction, to, about), now);
                        }
                    }
                }
                else
                {
                    introduction.State = IntroductionState.OneAccepted;
                }
            }

            if (await SaveAsync(db, cancellationToken) is null)
            {
                return answer == IntroductionAnswer.Yes ? AnswerOutcome.Accepted : AnswerOutcome.Declined;
            }
        }

        return AnswerOutcome.Conflict;
    }

    /// <summary>Records what came of a made introduction, as the introducer or as a side who uses Goen says.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">Who says it.</param>
    /// <param name="id">The introduction.</param>
    /// <param name="outcome">What came of it.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Why nothing was saved, or <see langword="null"/>.</returns>
    public static async Task<IntroductionProblem?> RecordOutcomeAsync(GoenDbContext db, string userId, int id, IntroductionOutcome outcome, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var introduction = await LoadAsync(db, db.Introductions.VisibleTo(userId), id, cancellationToken);
        if (introduction is null)
        {
            return IntroductionProblem.NotFound;
        }

        if (introduction.State != IntroductionState.Introduced || outcome == IntroductionOutcome.None)
        {
            return IntroductionProblem.WrongState;
        }

        var now = clock.GetUtcNow();
        if (introduction.IntroducerUserId == userId)
        {
            introduction.IntroducerOutcome = outcome;
        }

        foreach (var side in introduction.Sides.Where(s => s.UserId == userId))
        {
            side.Outcome = outcome;
            side.OutcomeAt = now;
        }

        introduction.UpdatedAt = now;
        return await SaveAsync(db, cancellationToken);
    }

    /// <summary>Records what came of it, or a thank-you, from a side's link (its secret already checked).</summary>
    /// <param name="db">The database.</param>
    /// <param name="id">The introduction.</param>
    /// <param name="position">The side.</param>
    /// <param name="nonce">The secret the link carried.</param>
    /// <param name="outcome">What came of it, or <see cref="IntroductionOutcome.None"/> to leave it.</param>
    /// <param name="thanks">A thank-you note to the introducer, or <see langword="null"/> to leave it.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Why nothing was saved, or <see langword="null"/>.</returns>
    public static async Task<IntroductionProblem?> FollowUpAsSideAsync(GoenDbContext db, int id, int position, string nonce, IntroductionOutcome outcome, string? thanks, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var introduction = await LoadAsync(db, db.Introductions, id, cancellationToken);
        var side = introduction?.Sides.SingleOrDefault(s => s.Position == position);
        if (introduction is null || side is null || !side.HasLinkSecret(nonce))
        {
            return IntroductionProblem.NotFound;
        }

        if (introduction.State != IntroductionState.Introduced)
        {
            return IntroductionProblem.WrongState;
        }

        var now = clock.GetUtcNow();
        if (outcome != IntroductionOutcome.None)
        {
            side.Outcome = outcome;
            side.OutcomeAt = now;
        }

        if (Cut(thanks) is { Length: > 0 } note)
        {
            side.Thanks = note;
            side.ThankedAt = now;
        }

        introduction.UpdatedAt = now;
        return await SaveAsync(db, cancellationToken);
    }

    /// <summary>A signed-in side's thank-you note to the introducer.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The side.</param>
    /// <param name="id">The introduction.</param>
    /// <param name="note">The note.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Why nothing was saved, or <see langword="null"/>.</returns>
    public static async Task<IntroductionProblem?> ThankAsync(GoenDbContext db, string userId, int id, string note, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var introduction = await LoadAsync(db, db.Introductions.Including(userId), id, cancellationToken);
        var side = introduction?.Sides.FirstOrDefault(s => s.UserId == userId);
        if (introduction is null || side is null)
        {
            return IntroductionProblem.NotFound;
        }

        if (introduction.State != IntroductionState.Introduced || Cut(note) is not { Length: > 0 } text)
        {
            return IntroductionProblem.WrongState;
        }

        side.Thanks = text;
        side.ThankedAt = clock.GetUtcNow();
        introduction.UpdatedAt = side.ThankedAt.Value;
        return await SaveAsync(db, cancellationToken);
    }

    /// <summary>
    /// Sends the one gentle reminder to sides who have not answered halfway to the deadline, and closes asks past
    /// it. Several instances may run it at once: a reminder is marked in the same save as its mail, under the
    /// introduction's version.
    /// </summary>
    /// <param name="db">The database.</param>
    /// <param name="letters">Writes the reminders.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>How many reminders were queued and asks expired.</returns>
    public static async Task<(int Reminded, int Expired)> SweepAsync(GoenDbContext db, IntroductionLetters letters, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        var open = await db.Introductions.Include(i => i.Sides)
            .Where(i => (i.State == IntroductionState.Asked || i.State == IntroductionState.OneAccepted) && i.ExpiresAt != null)
            .OrderBy(i => i.Id).Take(500)
            .ToListAsync(cancellationToken);
        int reminded = 0, expired = 0;
        foreach (var introduction in open)
        {
            if (introduction.ExpiresAt <= now)
            {
                introduction.State = IntroductionState.Expired;
                expired++;
            }
            else if (introduction.AskedAt!.Value.AddDays(introduction.AnswerDays / 2.0) <= now)
            {
                foreach (var side in introduction.Sides.Where(s => s.Answer == IntroductionAnswer.None && s.RemindedAt is null && s.Email.Length > 0))
                {
                    side.RemindedAt = now;
                    MailOutbox.Queue(db, letters.Reminder(introduction, side), now);
                    reminded++;
                }
            }
            else
            {
                continue;
            }

            introduction.UpdatedAt = now;
            if (await SaveAsync(db, cancellationToken) is not null)
            {
                // Another instance swept it first; its save stands.
                db.ChangeTracker.Clear();
            }
        }

        return (reminded, expired);
    }

    /// <summary>Loads one introduction with its sides from a query that already applies the access rule.</summary>
    /// <param name="db">The database.</param>
    /// <param name="visible">The introductions the caller may see.</param>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The introduction, tracked, or <see langword="null"/>.</returns>
    public static Task<Introduction?> LoadAsync(GoenDbContext db, IQueryable<Introduction> visible, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visible);
        return visible.Include(i => i.Sides.OrderBy(s => s.Position)).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
    }

    private static async Task<(IntroductionSide? Side, IntroductionProblem? Problem)> ResolveAsync(GoenDbContext db, GoenUser me, IntroductionParty party, int position, CancellationToken cancellationToken)
    {
        if (party.PersonId is null == party.ContactId is null)
        {
            return (null, IntroductionProblem.SideMissing);
        }

        var side = new IntroductionSide { Position = position, Culture = "" };
        if (party.ContactId is { } contactId)
        {
            var contact = await db.Contacts.OwnedBy(me.Id).AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken);
            if (contact is null)
            {
                return (null, IntroductionProblem.NotFound);
            }

            side.ContactId = contact.Id;
            side.PersonId = contact.PersonId;
            side.Name = contact.Name;
            var emails = ContactFields.Lines(contact.Emails);
            side.Email = emails.Count > 0 ? emails[0] : "";
        }
        else
        {
            var shared = await db.SharedWithAsync(me.Id, party.PersonId!.Value, cancellationToken);
            if (shared is null)
            {
                return (null, IntroductionProblem.NotFound);
            }

            side.PersonId = shared.PersonId;
            side.Name = shared.Name;
            side.ContactId = await db.Contacts.OwnedBy(me.Id).Where(c => c.PersonId == shared.PersonId).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        }

        if (side.PersonId is { } personId)
        {
            var account = await db.People.Where(p => p.Id == personId && p.UserId != null)
                .Select(p => new { p.UserId, p.User!.Email, p.User.Culture, p.Name }).SingleOrDefaultAsync(cancellationToken);
            if (account is not null)
            {
                if (account.UserId == me.Id)
                {
                    return (null, IntroductionProblem.Self);
                }

                // A Goen user is asked at their account's address; the introducer never sees it.
                side.UserId = account.UserId;
                side.Email = account.Email ?? side.Email;
                side.Culture = account.Culture;
            }
        }

        if (side.Culture is not ("en" or "ja"))
        {
            side.Culture = LooksJapanese(side.Name) ? "ja" : me.Culture is "ja" ? "ja" : "en";
        }

        return (side, null);
    }

    private static bool SamePerson(IntroductionSide a, IntroductionSide b) =>
        (a.PersonId is not null && a.PersonId == b.PersonId) || (a.ContactId is not null && a.ContactId == b.ContactId);

    private static bool LooksJapanese(string name) =>
        name.Any(c => c is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff' or >= '\uff66' and <= '\uff9f');

    private static string NewNonce() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private static string? Cut(string? text, int length = Introduction.NoteLength)
    {
        if (text is null)
        {
            return null;
        }

        var clean = UserText.Clean(text);
        return clean.Length <= length ? clean : clean[..length];
    }

    private static async Task<IntroductionProblem?> SaveAsync(GoenDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return IntroductionProblem.Conflict;
        }
    }
}
