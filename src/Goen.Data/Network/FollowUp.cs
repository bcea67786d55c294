namespace Goen.Data.Network;

/// <summary>When to get back in touch with a contact: their last interaction plus their keep-in-touch interval.</summary>
public static class FollowUp
{
    /// <summary>The day a contact is due for a follow-up.</summary>
    /// <param name="lastInteraction">The last logged interaction, if any.</param>
    /// <param name="created">When the contact was added (the interval starts there when nothing was logged).</param>
    /// <param name="contactDays">The contact's own interval: <see langword="null"/> for the default, 0 for none.</param>
    /// <param name="defaultDays">The owner's default interval; 0 for none.</param>
    /// <returns>The due day, or <see langword="null"/> when no reminder is wanted.</returns>
    public static DateOnly? Due(DateOnly? lastInteraction, DateTimeOffset created, int? contactDays, int defaultDays)
    {
        var days = contactDays ?? defaultDays;
        if (days <= 0)
        {
            return null;
        }

        var start = lastInteraction ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(created, NetworkAccess.HomeZone).DateTime);
        return start.AddDays(days);
    }
}
