using System.ComponentModel.DataAnnotations;

namespace Goen.Web.Api;

/// <summary>An e-mail address, or nothing: JSON clients send "" for an empty field, which [EmailAddress] refuses.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
internal sealed class OptionalEmailAttribute() : ValidationAttribute("The {0} field is not a valid e-mail address.")
{
    private static readonly EmailAddressAttribute Email = new();

    public override bool IsValid(object? value) => value is null or "" || Email.IsValid(value);
}
