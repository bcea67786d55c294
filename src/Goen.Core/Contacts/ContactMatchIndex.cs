namespace Goen.Core.Contacts;

/// <summary>
/// The contacts already known, indexed by folded e-mail, normalized phone and folded name plus organization,
/// so that matching a 10,000-card file against a 10,000-contact network takes a lookup per card.
/// </summary>
/// <remarks>
/// Gives the same answer as <see cref="ContactMatcher.FindMatch"/>, whose rules it applies in the same order:
/// a shared e-mail address, then a shared phone number of at least seven digits, then the same name and
/// organization. Contacts added with <see cref="Add"/> are found by later look-ups, so cards repeated within
/// one file merge into one contact.
/// </remarks>
public sealed class ContactMatchIndex
{
    private const int MinPhoneDigits = 7;
    private readonly Dictionary<string, int> _emails = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _phones = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, string Organization), int> _names = [];

    /// <summary>Initializes an index over known contacts.</summary>
    /// <param name="existing">The contacts; their positions are what <see cref="Find"/> returns.</param>
    /// <exception cref="ArgumentNullException"><paramref name="existing"/> is <see langword="null"/>.</exception>
    public ContactMatchIndex(IEnumerable<ContactIdentity> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        foreach (var contact in existing)
        {
            Add(contact);
        }
    }

    /// <summary>Gets how many contacts the index holds.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a contact at the next position.</summary>
    /// <param name="contact">The contact.</param>
    /// <returns>Its position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contact"/> is <see langword="null"/>.</exception>
    public int Add(ContactIdentity contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var at = Count++;
        Remember(at, contact);
        return at;
    }

    /// <summary>Records more of what is known about the contact at a position (after a merge).</summary>
    /// <param name="at">The position.</param>
    /// <param name="contact">What is now known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="contact"/> is <see langword="null"/>.</exception>
    public void Remember(int at, ContactIdentity contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        foreach (var email in contact.Emails.Select(ContactMatcher.FoldName).Where(e => e.Length > 0))
        {
            _emails.TryAdd(email, at);
        }

        foreach (var phone in contact.Phones.Select(ContactMatcher.NormalizePhone).Where(p => p.Length >= MinPhoneDigits))
        {
            _phones.TryAdd(phone, at);
        }

        var name = ContactMatcher.FoldName(contact.Name);
        if (name.Length > 0)
        {
            _names.TryAdd((name, ContactMatcher.FoldName(contact.Organization)), at);
        }
    }

    /// <summary>Finds the known contact that <paramref name="incoming"/> is the same person as.</summary>
    /// <param name="incoming">The contact being imported.</param>
    /// <returns>The position of the match found by the strongest rule (the earliest contact for that rule), or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incoming"/> is <see langword="null"/>.</exception>
    public int? Find(ContactIdentity incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        int? best = null;
        foreach (var email in incoming.Emails.Select(ContactMatcher.FoldName).Where(e => e.Length > 0))
        {
            best = Earliest(best, _emails, email);
        }

        if (best is not null)
        {
            return best;
        }

        foreach (var phone in incoming.Phones.Select(ContactMatcher.NormalizePhone).Where(p => p.Length >= MinPhoneDigits))
        {
            best = Earliest(best, _phones, phone);
        }

        if (best is not null)
        {
            return best;
        }

        var name = ContactMatcher.FoldName(incoming.Name);
        return name.Length > 0 && _names.TryGetValue((name, ContactMatcher.FoldName(incoming.Organization)), out var at) ? at : null;
    }

    private static int? Earliest<TKey>(int? best, Dictionary<TKey, int> map, TKey key)
        where TKey : notnull =>
        map.TryGetValue(key, out var at) && (best is null || at < best) ? at : best;
}
