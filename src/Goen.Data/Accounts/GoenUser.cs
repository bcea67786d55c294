using Microsoft.AspNetCore.Identity;

namespace Goen.Data.Accounts;

/// <summary>An account: the Identity user that signs in and owns one <see cref="People.Person"/>.</summary>
public sealed class GoenUser : IdentityUser
{
    /// <summary>The keep-in-touch interval a new account starts with: three months.</summary>
    public const int DefaultFollowUpDays = 90;

    /// <summary>Gets or sets when the account was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Gets or sets the default keep-in-touch interval for contacts, in days; 0 for no reminders.</summary>
    public int FollowUpDays { get; set; } = DefaultFollowUpDays;

    /// <summary>Gets or sets the language Goen writes to them in (<c>en</c> or <c>ja</c>): the one they last chose.</summary>
    public string Culture { get; set; } = "";

    /// <summary>Gets or sets the secret in the private calendar feed's address; <see langword="null"/> when there is no feed.</summary>
    public string? CalendarToken { get; set; }

    /// <summary>Gets or sets the secret in the QR card's address; <see langword="null"/> until the card is first shown.</summary>
    public string? CardCode { get; set; }
}
