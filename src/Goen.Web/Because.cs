using System.Globalization;
using Goen.Data.Network;

namespace Goen.Web;

/// <summary>
/// The sentences of <see cref="Core.Matching.Because"/> in the reader's language (the request's UI culture), for the
/// web's suggestion types: "Yamada offers “bookkeeping”, which fits what Sato is looking for: “someone to do my accounts”."
/// </summary>
public sealed class Because
{
    /// <summary>Why a person could help.</summary>
    /// <param name="helper">The one who could help.</param>
    /// <param name="helped">The one looking for something.</param>
    /// <returns>The sentence, or empty when there is no reason.</returns>
    public string Person(HelperSuggestion helper, string helped)
    {
        ArgumentNullException.ThrowIfNull(helper);
        return helper.Reasons.Count == 0 ? "" : Core.Matching.Because.Person(helper.Name, helper.Reasons[0], helped, CultureInfo.CurrentUICulture);
    }

    /// <summary>Why an event fits.</summary>
    /// <param name="suggestion">The event.</param>
    /// <param name="helped">The one it would be good for.</param>
    /// <returns>The sentence, or empty when there is no reason.</returns>
    public string Event(EventSuggestion suggestion, string helped)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        return suggestion.Reasons.Count == 0 ? "" : Core.Matching.Because.Event(suggestion.Title, suggestion.Reasons[0], helped, CultureInfo.CurrentUICulture);
    }

    /// <summary>Why two people seated together could help one another, from the engine's reason.</summary>
    /// <param name="helper">The one who could help.</param>
    /// <param name="reason">The engine's reason ("giver's words ↔ the words they meet").</param>
    /// <param name="helped">The one looking for something.</param>
    /// <returns>The sentence.</returns>
    public string Pair(string helper, string reason, string helped) => Core.Matching.Because.Person(helper, reason ?? "", helped, CultureInfo.CurrentUICulture);

    /// <summary>Why the reader could help someone, from the engine's reason.</summary>
    /// <param name="reason">The engine's reason, the reader's words first.</param>
    /// <param name="helped">The one looking for something.</param>
    /// <returns>The sentence.</returns>
    public string YouHelp(string reason, string helped) => Core.Matching.Because.YouHelp(reason ?? "", helped, CultureInfo.CurrentUICulture);

    /// <summary>Why someone could help the reader, from the engine's reason.</summary>
    /// <param name="helper">The one who could help.</param>
    /// <param name="reason">The engine's reason, the helper's words first.</param>
    /// <returns>The sentence.</returns>
    public string HelpsYou(string helper, string reason) => Core.Matching.Because.HelpsYou(helper, reason ?? "", CultureInfo.CurrentUICulture);
}
