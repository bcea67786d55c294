using System.ComponentModel.DataAnnotations;
using Goen.Core.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Goen.Web.Api;

/// <summary>Text helpers the pages use and scripts may call: for now, the gentle pitch hint.</summary>
public static class TextApi
{
    public static IEndpointRouteBuilder MapTextApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/text/pitch-hint", PitchHintOf).WithTags("Text").RequireAuthorization().WithName(nameof(PitchHintOf))
            .WithSummary("Whether a profile text or an introduction reads like a sales pitch, and the phrases that make it so. A hint only: nothing is ever blocked.");
        return routes;
    }

    public static Ok<PitchHintDocument> PitchHintOf(PitchHintRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var result = PitchHint.Check(input.Text);
        return TypedResults.Ok(new PitchHintDocument(result.Hint, result.Phrases));
    }

    /// <summary>The text to look at.</summary>
    public sealed record PitchHintRequest([property: Required, StringLength(PitchHint.MaxLength)] string? Text);

    /// <summary>Whether to show the hint, and the phrases that sound like a pitch, as they appear in the text.</summary>
    public sealed record PitchHintDocument(bool Hint, IReadOnlyList<string> Phrases);
}
