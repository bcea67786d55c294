using Goen.Data.Mail;

namespace Goen.Data.Introductions;

/// <summary>
/// Writes the mails an introduction causes, in each recipient's language; the flow queues them in the same save
/// as the step. The web app writes them from its resources and builds the links.
/// </summary>
/// <param name="Ask">The private ask to one side (who the other is, the note, the one-tap answer link).</param>
/// <param name="Reminder">The one gentle reminder to a side who has not answered.</param>
/// <param name="Introduce">The introduction itself to one side, with the other side's shared details.</param>
public sealed record IntroductionLetters(
    Func<Introduction, IntroductionSide, MailMessageDraft> Ask,
    Func<Introduction, IntroductionSide, MailMessageDraft> Reminder,
    Func<Introduction, IntroductionSide, IntroductionSide, MailMessageDraft> Introduce);
