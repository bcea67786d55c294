using System.Text;

namespace Goen.Core.Contacts;

/// <summary>Collects the decoded properties of one card while <see cref="VCardReader"/> reads it.</summary>
internal sealed class VCardContactBuilder(int number, int line)
{
    private readonly List<string> _emails = [];
    private readonly List<string> _phones = [];
    private readonly List<string> _notes = [];
    private string _version = "3.0";
    private string? _formattedName;
    private string[]? _name;
    private string? _sortFamily;
    private string? _sortGiven;
    private string? _phoneticFamily;
    private string? _phoneticGiven;
    private string? _irmcFamily;
    private string? _irmcGiven;
    private string? _organization;
    private string? _title;
    private string? _url;
    private string? _uid;

    /// <summary>Gets the 1-based number of the card in the file.</summary>
    public int Number { get; } = number;

    /// <summary>Gets the line of its BEGIN:VCARD.</summary>
    public int Line { get; } = line;

    /// <summary>Whether the property is one Goen keeps (the rest, photos included, are passed over undecoded).</summary>
    /// <param name="name">The property name, upper case, without its group.</param>
    /// <param name="parameters">Its parameters.</param>
    /// <returns><see langword="true"/> for the properties <see cref="Add"/> reads.</returns>
    public static bool Reads(string name, List<(string Key, string Value)> parameters) => name switch
    {
        "VERSION" or "FN" or "N" or "X-PHONETIC-LAST-NAME" or "X-PHONETIC-FIRST-NAME" or "X-IRMC-N" or "ORG" or "TITLE"
            or "EMAIL" or "TEL" or "NOTE" or "URL" or "UID" => true,
        "SOUND" => parameters.Exists(p => p.Key == "TYPE" && p.Value.Equals("X-IRMC-N", StringComparison.OrdinalIgnoreCase)),
        _ => false,
    };

    /// <summary>Adds a decoded property.</summary>
    /// <param name="name">The property name, upper case, without its group.</param>
    /// <param name="parameters">Its parameters.</param>
    /// <param name="value">Its value, decoded from its character set and transfer encoding but still escaped.</param>
    public void Add(string name, List<(string Key, string Value)> parameters, string value)
    {
        switch (name)
        {
            case "VERSION":
                _version = value.Trim();
                break;
            case "FN":
                _formattedName ??= Unescape(value).Trim();
                break;
            case "N":
                _name ??= [.. Components(value).Select(c => c.Trim())];
                var sortAs = parameters.Find(p => p.Key == "SORT-AS").Value;
                if (sortAs is not null)
                {
                    var sort = sortAs.Split(',');
                    _sortFamily ??= sort[0].Trim();
                    _sortGiven ??= sort.Length > 1 ? sort[1].Trim() : null;
                }

                break;
            case "X-PHONETIC-LAST-NAME":
                _phoneticFamily ??= Unescape(value).Trim();
                break;
            case "X-PHONETIC-FIRST-NAME":
                _phoneticGiven ??= Unescape(value).Trim();
                break;
            case "X-IRMC-N" or "SOUND":
                var reading = Components(value);
                _irmcFamily ??= reading[0].Trim();
                _irmcGiven ??= reading.Count > 1 ? reading[1].Trim() : null;
                break;
            case "ORG":
                _organization ??= string.Join(' ', Components(value).Select(c => c.Trim()).Where(c => c.Length > 0));
                break;
            case "TITLE":
                _title ??= Unescape(value).Trim();
                break;
            case "EMAIL":
                var email = Unescape(value).Trim();
                email = email.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? email[7..] : email;
                if (email.Length > 0)
                {
                    _emails.Add(email);
                }

                break;
            case "TEL":
                var phone = Phone(Unescape(value).Trim());
                if (phone.Length > 0)
                {
                    _phones.Add(phone);
                }

                break;
            case "NOTE":
                var note = Unescape(value).Trim();
                if (note.Length > 0)
                {
                    _notes.Add(note);
                }

                break;
            case "URL":
                _url ??= Unescape(value).Trim();
                break;
            case "UID":
                _uid ??= Unescape(value).Trim();
                break;
            default:
                break;
        }
    }

    /// <summary>Makes the contact, or returns <see langword="null"/> when the card has no name to show.</summary>
    /// <returns>The contact, or <see langword="null"/>.</returns>
    public VCardContact? Build()
    {
        var family = Component(_name, 0);
        var given = Component(_name, 1);
        var formatted = string.IsNullOrWhiteSpace(_formattedName) ? NameFromParts() : _formattedName;
        if (formatted.Length == 0)
        {
            return null;
        }

        return new VCardContact(
            formatted,
            family,
            given,
            Widen(First(_phoneticFamily, _sortFamily, _irmcFamily)),
            Widen(First(_phoneticGiven, _sortGiven, _irmcGiven)),
            _organization ?? "",
            _title ?? "",
            [.. _emails],
            [.. _phones],
            string.Join('\n', _notes),
            _url ?? "",
            _uid ?? "");
    }

    private static string Component(string[]? parts, int index) => parts is not null && index < parts.Length ? parts[index] : "";

    private static string First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrEmpty(v)) ?? "";

    // Japanese phones wrote readings in half-width katakana (ﾔﾏﾀﾞ); people and sorting expect ヤマダ.
    private static string Widen(string text) =>
        text.Any(c => c is >= '\uFF61' and <= '\uFF9F') ? text.Normalize(NormalizationForm.FormKC) : text;

    // A card without FN: Japanese names are shown family name first, Western ones given name first.
    private string NameFromParts()
    {
        var family = Component(_name, 0);
        var given = Component(_name, 1);
        if ((family + given).Any(c => c >= '\u3000'))
        {
            return $"{family} {given}".Trim();
        }

        string[] parts = [Component(_name, 3), given, Component(_name, 2), family, Component(_name, 4)];
        return string.Join(' ', parts.Where(p => p.Length > 0));
    }

    // A tel: URI (vCard 4.0, VALUE=uri) keeps its number and extension; other parameters are dropped.
    private static string Phone(string value)
    {
        if (!value.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return value;
        }

        var parts = value[4..].Split(';');
        var extension = parts.FirstOrDefault(p => p.StartsWith("ext=", StringComparison.OrdinalIgnoreCase));
        return extension is null ? parts[0] : $"{parts[0]} ext. {extension[4..]}";
    }

    // Splits a structured value (N, ORG, X-IRMC-N) on the semicolons that are not escaped, then unescapes each part.
    private List<string> Components(string value)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\')
            {
                i++;
            }
            else if (value[i] == ';')
            {
                parts.Add(Unescape(value[start..i]));
                start = i + 1;
            }
        }

        parts.Add(Unescape(value[start..]));
        return parts;
    }

    // 3.0 and 4.0 escape \\ \, \; and newline (\n); 2.1 escapes only \; in practice, but exporters that
    // write 2.1 escape the others too, so they are read alike. A backslash before anything else is kept
    // (C:\Users in a note written by a tool that does not escape).
    private string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var newline = _version != "2.1";
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c != '\\' || i + 1 == value.Length)
            {
                builder.Append(c);
                continue;
            }

            var next = value[i + 1];
            if (next is '\\' or ',' or ';' or ':')
            {
                builder.Append(next);
                i++;
            }
            else if (next is 'n' or 'N' && newline)
            {
                builder.Append('\n');
                i++;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
