using System.Security.Cryptography;
using Goen.Data;
using Goen.Data.Introductions;
using Microsoft.AspNetCore.DataProtection;

namespace Goen.Web;

/// <summary>
/// The links in an introduction's mails: signed by the app's data-protection keys, bound to one introduction, one
/// side and one purpose, and to the side's current secret (so a new ask voids old links). Single use and expiry
/// are the introduction's state, checked when the link is used.
/// </summary>
public sealed class IntroductionLinks(IDataProtectionProvider protection)
{
    /// <summary>The purpose of the one-tap answer link.</summary>
    public const string Answer = "answer";

    /// <summary>The purpose of the link to say what came of it and to thank the introducer.</summary>
    public const string FollowUp = "followup";

    private readonly IDataProtector protector = protection.CreateProtector("Goen.Introductions.Links.v1");

    /// <summary>The absolute link for one side and purpose.</summary>
    /// <param name="introduction">The introduction (its <see cref="Introduction.LinkBase"/> is the base).</param>
    /// <param name="side">The side.</param>
    /// <param name="purpose"><see cref="Answer"/> or <see cref="FollowUp"/>.</param>
    /// <returns>The link.</returns>
    public string For(Introduction introduction, IntroductionSide side, string purpose)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        ArgumentNullException.ThrowIfNull(side);
        var page = purpose == Answer ? "Answer" : "FollowUp";
        return $"{introduction.LinkBase}/Introductions/{page}/{introduction.Id}/{side.Letter}?t={Token(introduction.Id, side, purpose)}";
    }

    /// <summary>The token for one side and purpose.</summary>
    /// <param name="id">The introduction's id.</param>
    /// <param name="side">The side.</param>
    /// <param name="purpose">The purpose.</param>
    /// <returns>The token, URL-safe.</returns>
    public string Token(int id, IntroductionSide side, string purpose)
    {
        ArgumentNullException.ThrowIfNull(side);
        return protector.Protect($"{purpose}|{id}|{side.Letter}|{side.LinkNonce}");
    }

    /// <summary>Reads a token: the side's secret when it was made by Goen for this introduction, side and purpose.</summary>
    /// <param name="token">The token from the link.</param>
    /// <param name="id">The introduction in the link's path.</param>
    /// <param name="letter">The side in the link's path.</param>
    /// <param name="purpose">The purpose the page serves.</param>
    /// <returns>The secret, or <see langword="null"/> for a forged, altered or swapped link.</returns>
    public string? Read(string? token, int id, string? letter, string purpose)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000)
        {
            return null;
        }

        try
        {
            var parts = protector.Unprotect(token).Split('|');
            return parts.Length == 4 && parts[0] == purpose && parts[1] == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && parts[2] == letter
                ? parts[3]
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Finds the introduction and side a link opens, when its token is Goen's for that side and purpose and carries the side's current secret.</summary>
    /// <param name="db">The database.</param>
    /// <param name="id">The introduction in the link's path.</param>
    /// <param name="letter">The side in the link's path.</param>
    /// <param name="token">The token from the link.</param>
    /// <param name="purpose"><see cref="Answer"/> or <see cref="FollowUp"/>.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The introduction (tracked) and the side, or <see langword="null"/> for a forged, swapped or outdated link.</returns>
    public async Task<(Introduction Introduction, IntroductionSide Side)?> FindAsync(GoenDbContext db, int id, string? letter, string? token, string purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var position = Position(letter);
        if (position < 0 || Read(token, id, letter, purpose) is not { } nonce)
        {
            return null;
        }

        var introduction = await IntroductionFlow.LoadAsync(db, db.Introductions, id, cancellationToken);
        return introduction?.Sides.SingleOrDefault(s => s.Position == position) is { } side && side.HasLinkSecret(nonce) ? (introduction, side) : null;
    }

    /// <summary>The side's position for a letter in a link.</summary>
    /// <param name="letter"><c>a</c> or <c>b</c>.</param>
    /// <returns>0, 1, or -1 for anything else.</returns>
    public static int Position(string? letter) => letter switch { "a" => 0, "b" => 1, _ => -1 };
}
