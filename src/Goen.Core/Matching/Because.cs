using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace Goen.Core.Matching;

/// <summary>
/// Turns one of the engine's reasons ("giver's words ↔ the words they meet") into a sentence in the reader's language:
/// "Yamada offers “bookkeeping”, which fits what Sato is looking for: “someone to do my accounts”." — the one builder the
/// web pages, the API, mails and the CLI's JSON share.
/// </summary>
/// <remarks>
/// The sentences live in <c>BecauseText.resx</c> and <c>BecauseText.ja.resx</c> beside this class; a culture with no
/// sentences of its own gets the English ones. A reason with no arrow (the same words on both sides) is quoted twice.
/// </remarks>
public static class Because
{
    private static readonly ResourceManager Sentences = new("Goen.Core.Matching.BecauseText", typeof(Because).Assembly);

    // The CLI writes a sentence per suggestion for tens of thousands of people: look each one up once per culture.
    private static readonly ConcurrentDictionary<(string Key, CultureInfo Culture), string> Templates = new();

    /// <summary>Gets the cultures the sentences are written in.</summary>
    public static IReadOnlyList<CultureInfo> Languages { get; } = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("ja")];

    /// <summary>Says why a person could help another.</summary>
    /// <param name="helper">The name of the one who could help.</param>
    /// <param name="reason">The engine's reason (<see cref="Match.Reasons"/>).</param>
    /// <param name="helped">The name of the one looking for something.</param>
    /// <param name="culture">The reader's language.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Person(string helper, string reason, string helped, CultureInfo culture) => Format("Person", helper, reason, helped, culture);

    /// <summary>Says why an event fits a person.</summary>
    /// <param name="title">The event's title.</param>
    /// <param name="reason">The engine's reason: the event's words ↔ the person's.</param>
    /// <param name="helped">The name of the one it would be good for.</param>
    /// <param name="culture">The reader's language.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Event(string title, string reason, string helped, CultureInfo culture) => Format("Event", title, reason, helped, culture);

    /// <summary>Says, to the reader, why they could help someone: "You offer “…”, which fits what Sato is looking for: “…”."</summary>
    /// <param name="reason">The engine's reason, the reader's words first.</param>
    /// <param name="helped">The name of the one looking for something.</param>
    /// <param name="culture">The reader's language.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string YouHelp(string reason, string helped, CultureInfo culture) => Format("YouHelp", "", reason, helped, culture);

    /// <summary>Says, to the reader, why someone could help them: "Yamada offers “…”, which fits what you are looking for: “…”."</summary>
    /// <param name="helper">The name of the one who could help.</param>
    /// <param name="reason">The engine's reason, the helper's words first.</param>
    /// <param name="culture">The reader's language.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string HelpsYou(string helper, string reason, CultureInfo culture) => Format("HelpsYou", helper, reason, "", culture);

    private static string Format(string key, string subject, string reason, string helped, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(helped);
        ArgumentNullException.ThrowIfNull(culture);
        var (giver, wanted) = Match.Sides(reason);
        var template = Templates.GetOrAdd((key, culture), static k => Sentences.GetString(k.Key, k.Culture)!);
        return string.Format(culture, template, subject, giver, helped, wanted);
    }
}
