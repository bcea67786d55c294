using System.Globalization;
using Goen.Data.Network;
using Microsoft.Extensions.Localization;

namespace Goen.Web;

/// <summary>
/// Turns the engine's reasons ("giver's words ↔ the words they meet") into a sentence in the reader's
/// language: "Yamada offers “bookkeeping”, which fits what Sato is looking for: “someone to do my accounts”."
/// </summary>
public sealed class Because(IStringLocalizer<UiText> text)
{
    private const string Arrow = " ↔ ";

    /// <summary>Why a person could help.</summary>
    /// <param name="helper">The one who could help.</param>
    /// <param name="helped">The one looking for something.</param>
    /// <returns>The sentence, or empty when there is no reason.</returns>
    public string Person(HelperSuggestion helper, string helped)
    {
        ArgumentNullException.ThrowIfNull(helper);
        return helper.Reasons.Count == 0 ? "" : Format("Because.Person", helper.Name, helper.Reasons[0], helped);
    }

    /// <summary>Why an event fits.</summary>
    /// <param name="suggestion">The event.</param>
    /// <param name="helped">The one it would be good for.</param>
    /// <returns>The sentence, or empty when there is no reason.</returns>
    public string Event(EventSuggestion suggestion, string helped)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        return suggestion.Reasons.Count == 0 ? "" : Format("Because.Event", suggestion.Title, suggestion.Reasons[0], helped);
    }

    /// <summary>Why two people seated together could help one another, from the engine's reason.</summary>
    /// <param name="helper">The one who could help.</param>
    /// <param name="reason">The engine's reason ("giver's words ↔ the words they meet").</param>
    /// <param name="helped">The one looking for something.</param>
    /// <returns>The sentence.</returns>
    public string Pair(string helper, string reason, string helped) => Format("Because.Person", helper, reason ?? "", helped);

    private string Format(string key, string subject, string reason, string helped)
    {
        var at = reason.IndexOf(Arrow, StringComparison.Ordinal);
        var (giver, wanted) = at < 0 ? (reason, reason) : (reason[..at], reason[(at + Arrow.Length)..]);
        return string.Format(CultureInfo.CurrentCulture, text[key].Value, subject, giver, helped, wanted);
    }
}
