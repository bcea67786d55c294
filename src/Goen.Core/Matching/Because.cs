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
    private static readonly ConcurrentDictionary<(string Key, CultureInfo Culture), Template> Templates = new();

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

    /// <summary>Writes the sentence <see cref="Person"/> gives into <paramref name="destination"/>, making no string.</summary>
    /// <param name="destination">Where the sentence goes.</param>
    /// <param name="helper">The name of the one who could help.</param>
    /// <param name="reason">The engine's reason (<see cref="Match.Reasons"/>).</param>
    /// <param name="helped">The name of the one looking for something.</param>
    /// <param name="culture">The reader's language.</param>
    /// <returns>The number of characters written, or -1 when <paramref name="destination"/> is too short.</returns>
    /// <remarks>For a writer of many sentences (the CLI's JSON writes two per introduction for tens of thousands of people).</remarks>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static int WritePerson(Span<char> destination, string helper, string reason, string helped, CultureInfo culture) =>
        Write(destination, "Person", helper, reason, helped, culture);

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
        var template = TemplateOf(key, subject, reason, helped, culture);
        var (giver, wanted) = Match.SideRanges(reason);
        var length = template.Length(subject, reason.AsSpan()[giver], helped, reason.AsSpan()[wanted]);
        Span<char> buffer = length <= 512 ? stackalloc char[length] : new char[length];
        template.Write(buffer, subject, reason.AsSpan()[giver], helped, reason.AsSpan()[wanted]);
        return new string(buffer);
    }

    private static int Write(Span<char> destination, string key, string subject, string reason, string helped, CultureInfo culture)
    {
        var template = TemplateOf(key, subject, reason, helped, culture);
        var (giver, wanted) = Match.SideRanges(reason);
        return template.Write(destination, subject, reason.AsSpan()[giver], helped, reason.AsSpan()[wanted]);
    }

    private static Template TemplateOf(string key, string subject, string reason, string helped, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(helped);
        ArgumentNullException.ThrowIfNull(culture);
        return Templates.GetOrAdd((key, culture), static k => new Template(Sentences.GetString(k.Key, k.Culture)!));
    }

    /// <summary>A sentence's text around its places {0} (subject), {1} (giver's words), {2} (helped), {3} (wanted words),
    /// cut once: what string.Format would give, with no string made for the sides of the reason or the sentence.</summary>
    private sealed class Template
    {
        private readonly string[] _texts;
        private readonly int[] _places;

        public Template(string format)
        {
            var texts = new List<string>();
            var places = new List<int>();
            var from = 0;
            for (var at = format.IndexOf('{', StringComparison.Ordinal); at >= 0; at = format.IndexOf('{', from))
            {
                var close = format.IndexOf('}', at);
                texts.Add(format[from..at]);
                places.Add(int.Parse(format.AsSpan(at + 1, close - at - 1), CultureInfo.InvariantCulture));
                from = close + 1;
            }

            texts.Add(format[from..]);
            (_texts, _places) = ([.. texts], [.. places]);
        }

        public int Length(ReadOnlySpan<char> subject, ReadOnlySpan<char> giver, ReadOnlySpan<char> helped, ReadOnlySpan<char> wanted)
        {
            var length = _texts[^1].Length;
            for (var i = 0; i < _places.Length; i++)
            {
                length += _texts[i].Length + Argument(_places[i], subject, giver, helped, wanted).Length;
            }

            return length;
        }

        public int Write(Span<char> into, ReadOnlySpan<char> subject, ReadOnlySpan<char> giver, ReadOnlySpan<char> helped, ReadOnlySpan<char> wanted)
        {
            var at = 0;
            for (var i = 0; i <= _places.Length; i++)
            {
                if (!Append(into, ref at, _texts[i]) || (i < _places.Length && !Append(into, ref at, Argument(_places[i], subject, giver, helped, wanted))))
                {
                    return -1;
                }
            }

            return at;
        }

        private static ReadOnlySpan<char> Argument(int place, ReadOnlySpan<char> subject, ReadOnlySpan<char> giver, ReadOnlySpan<char> helped, ReadOnlySpan<char> wanted) =>
            place switch { 0 => subject, 1 => giver, 2 => helped, _ => wanted };

        private static bool Append(Span<char> into, ref int at, ReadOnlySpan<char> text)
        {
            if (!text.TryCopyTo(into[at..]))
            {
                return false;
            }

            at += text.Length;
            return true;
        }
    }
}
