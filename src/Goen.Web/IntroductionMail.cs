using System.Globalization;
using Goen.Data.Introductions;
using Goen.Data.Mail;
using Goen.Data.Network;
using Microsoft.Extensions.Localization;

namespace Goen.Web;

/// <summary>
/// Writes an introduction's mails and default notes in each recipient's language (the resources in
/// Resources/UiText), with absolute links from <see cref="IntroductionLinks"/>.
/// </summary>
public sealed class IntroductionMail(IStringLocalizer<UiText> text, Because because, IntroductionLinks links, Jobs.MailJob sender)
{
    /// <summary>Gets the letters the introduction flow queues.</summary>
    public IntroductionLetters Letters => new(Ask, Reminder, Introduce);

    /// <summary>Tells the mail worker that mail was just queued, so the asks go out now rather than at its next look.</summary>
    public void Nudge() => sender.Nudge();

    /// <summary>The note the introducer starts from: who the other is and why the engine thinks they should meet.</summary>
    /// <param name="to">The side the note is to.</param>
    /// <param name="about">The other side.</param>
    /// <param name="why">The engine's reason, if any.</param>
    /// <returns>The note in <paramref name="to"/>'s language.</returns>
    public string DefaultNote(IntroductionSide to, IntroductionSide about, (HelperSuggestion Helper, string Helped)? why)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(about);
        using var _ = CultureScope.In(to.Culture);
        var reason = why is { } w ? because.Person(w.Helper, w.Helped) : "";
        return reason.Length > 0
            ? Format("Intro.Note.Reason", about.Name, reason)
            : Format("Intro.Note.Plain", about.Name);
    }

    private MailMessageDraft Ask(Introduction introduction, IntroductionSide side) => Letter(introduction, side, "introduction.ask", "Mail.Ask");

    private MailMessageDraft Reminder(Introduction introduction, IntroductionSide side) => Letter(introduction, side, "introduction.reminder", "Mail.Reminder");

    private MailMessageDraft Letter(Introduction introduction, IntroductionSide side, string kind, string key)
    {
        var other = introduction.Sides.Single(s => s.Position != side.Position);
        using var _ = CultureScope.In(side.Culture);
        var until = TimeZoneInfo.ConvertTime(introduction.ExpiresAt!.Value, NetworkAccess.HomeZone).ToString("D", CultureInfo.CurrentCulture);
        return new MailMessageDraft(
            kind,
            side.Email,
            side.Name,
            side.Culture,
            Format(key + ".Subject", introduction.IntroducerName, other.Name),
            Format(key + ".Body", side.Name, side.Note, introduction.IntroducerName, links.For(introduction, side, IntroductionLinks.Answer), other.Name, until));
    }

    private MailMessageDraft Introduce(Introduction introduction, IntroductionSide to, IntroductionSide about)
    {
        using var _ = CultureScope.In(to.Culture);
        var reach = new List<string>();
        if (about.SharedEmail.Length > 0)
        {
            reach.Add(Format("Mail.Introduce.Email", about.SharedEmail));
        }

        if (about.SharedReach.Length > 0)
        {
            reach.Add(Format("Mail.Introduce.Other", about.SharedReach));
        }

        var details = reach.Count > 0 ? string.Join('\n', reach) : Format("Mail.Introduce.NoDetails", about.Name, introduction.IntroducerName);
        return new MailMessageDraft(
            "introduction.made",
            to.Email,
            to.Name,
            to.Culture,
            Format("Mail.Introduce.Subject", about.Name, introduction.IntroducerName),
            Format("Mail.Introduce.Body", to.Name, about.Name, introduction.IntroducerName, to.Note, details, links.For(introduction, to, IntroductionLinks.FollowUp)));
    }

    private string Format(string key, params object[] values) => string.Format(CultureInfo.CurrentCulture, text[key].Value, values);
}
