using System.Security.Cryptography;
using System.Text;
using Goen.Core.Circulation;
using Goen.Data.Network;
using Goen.Data.People;

namespace Goen.Data.Introductions;

/// <summary>
/// One of the two people introduced: who they are to the introducer, the note addressed to them, their answer,
/// what they chose to share with the other side, and what they say came of it.
/// </summary>
public sealed class IntroductionSide
{
    public int Id { get; set; }

    public int IntroductionId { get; set; }

    public Introduction? Introduction { get; set; }

    /// <summary>Gets or sets 0 for side A, 1 for side B.</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets their Goen profile, when they have one the introducer may see.</summary>
    public int? PersonId { get; set; }

    public Person? Person { get; set; }

    /// <summary>Gets or sets the introducer's contact this side is, if any.</summary>
    public int? ContactId { get; set; }

    public Contact? Contact { get; set; }

    /// <summary>Gets or sets the account that may see this side's part while signed in (a side who uses Goen).</summary>
    public string? UserId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Gets or sets where the ask goes by mail; empty when the introducer sends the link themselves.</summary>
    public string Email { get; set; } = "";

    /// <summary>Gets or sets the language their mail and note are in: <c>en</c> or <c>ja</c>.</summary>
    public string Culture { get; set; } = "en";

    /// <summary>Gets or sets the introducer's note to this side, about the other.</summary>
    public string Note { get; set; } = "";

    public IntroductionAnswer Answer { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>Gets or sets the secret bound into this side's links; a new one voids every earlier link.</summary>
    public string LinkNonce { get; set; } = "";

    public DateTimeOffset? RemindedAt { get; set; }

    /// <summary>Gets or sets the e-mail address this side agreed to give the other, or empty.</summary>
    public string SharedEmail { get; set; } = "";

    /// <summary>Gets or sets other ways to reach them they agreed to give the other (LINE ID, phone…), or empty.</summary>
    public string SharedReach { get; set; } = "";

    public IntroductionOutcome Outcome { get; set; }

    public DateTimeOffset? OutcomeAt { get; set; }

    /// <summary>Gets or sets their thank-you note to the introducer, or empty.</summary>
    public string Thanks { get; set; } = "";

    public DateTimeOffset? ThankedAt { get; set; }

    /// <summary>Whether a link's secret is this side's current one (compared in constant time).</summary>
    /// <param name="nonce">The secret the link carried.</param>
    /// <returns><see langword="true"/> when it matches; never for a side that was not asked.</returns>
    public bool HasLinkSecret(string nonce)
    {
        ArgumentNullException.ThrowIfNull(nonce);
        return LinkNonce.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(LinkNonce), Encoding.ASCII.GetBytes(nonce));
    }

    /// <summary>Gets the letter used in links and the API: <c>a</c> or <c>b</c>.</summary>
    public string Letter => Position == 0 ? "a" : "b";
}
