using Goen.Data.People;

namespace Goen.Web.Pages.Profile;

/// <summary>One profile field on the edit form: its value, who sees it, and the newer saved value after a conflict.</summary>
public sealed record FieldView(string Name, string? Value, Visibility Visibility, bool Multiline, string? Newer)
{
    public string Test => Name.ToLowerInvariant();
}
