using Microsoft.AspNetCore.Identity;

namespace Goen.Data.Accounts;

/// <summary>An account: the Identity user that signs in and owns one <see cref="People.Person"/>.</summary>
public sealed class GoenUser : IdentityUser
{
    /// <summary>Gets or sets when the account was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
