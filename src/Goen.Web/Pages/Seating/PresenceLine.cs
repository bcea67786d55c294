using System.ComponentModel.DataAnnotations;
using Goen.Data.Seating;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Seating;

/// <summary>Someone who arrives late or leaves early, on the plan and re-plan forms: the rounds (from 1) they are there for; empty for none.</summary>
public sealed class PresenceLine
{
    public int? PersonId { get; set; }

    [Range(1, 20)]
    public int? FromRound { get; set; }

    [Range(1, 20)]
    public int? UntilRound { get; set; }

    /// <summary>The lines that name a person, as a plan request's presence; a line with a person and no round is an error in <paramref name="state"/>.</summary>
    /// <returns>The presence, or null when no line names a person.</returns>
    public static IReadOnlyList<PlanPresence>? Filled(IEnumerable<PresenceLine> lines, ModelStateDictionary state, IStringLocalizer<UiText> text)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(text);
        var filled = lines.Where(p => p.PersonId is > 0).ToList();
        if (filled.Any(p => p.FromRound is null && p.UntilRound is null))
        {
            state.AddModelError("", text["Seating.PresenceNeedsRound"]);
        }

        return filled.Count == 0 ? null : [.. filled.Select(p => new PlanPresence(p.PersonId!.Value, p.FromRound, p.UntilRound))];
    }
}
