using Goen.Core.Text;

namespace Goen.Core.Profiles;

/// <summary>
/// The header names, in English and Japanese, that a profile file may use for each field.
/// </summary>
/// <remarks>
/// Headers are compared folded (width, case, kana) and without spaces, underscores, hyphens or the
/// trailing colon and parentheses some forms add, so 「できること（提供できること）」 and "Can help with" both work.
/// </remarks>
public static class ProfileColumns
{
    private static readonly Dictionary<string, ProfileField> Aliases = Build(new()
    {
        [ProfileField.Name] = ["name", "名前", "氏名", "お名前", "フルネーム", "full name", "表示名", "ニックネーム"],
        [ProfileField.Organization] = ["organization", "organisation", "company", "所属", "会社", "会社名", "所属先", "組織", "団体", "勤務先", "affiliation"],
        [ProfileField.Offers] = ["offers", "offer", "できること", "提供できること", "得意なこと", "得意分野", "can help with", "i can help with", "skills", "強み", "give"],
        [ProfileField.Needs] = ["needs", "need", "探していること", "求めていること", "困っていること", "欲しいもの", "looking for", "i am looking for", "wants", "ask"],
        [ProfileField.Interests] = ["interests", "interest", "雑談ネタ", "趣味", "hobbies", "hobby", "興味", "好きなこと", "small talk", "話したいこと"],
        [ProfileField.Languages] = ["languages", "language", "言語", "話せる言語", "使用言語"],
    });

    /// <summary>Finds the field a header names.</summary>
    /// <param name="header">A column header as written in the file.</param>
    /// <returns>The field, or <see langword="null"/> for a column Goen keeps but does not use.</returns>
    public static ProfileField? FieldOf(string header) =>
        Aliases.TryGetValue(Key(header), out var field) ? field : null;

    /// <summary>Whether two header names mean the same column (same folded key).</summary>
    /// <param name="a">A header.</param>
    /// <param name="b">Another header.</param>
    /// <returns><see langword="true"/> when they are the same header however written.</returns>
    public static bool SameHeader(string a, string b) => Key(a) == Key(b);

    private static string Key(string header)
    {
        var folded = TextNormalizer.FoldKey(header);
        var paren = folded.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0)
        {
            folded = folded[..paren];
        }

        return new string([.. folded.Where(c => c is not (' ' or '_' or '-' or ':' or '*'))]);
    }

    private static Dictionary<string, ProfileField> Build(Dictionary<ProfileField, string[]> names)
    {
        var map = new Dictionary<string, ProfileField>(StringComparer.Ordinal);
        foreach (var (field, aliases) in names)
        {
            foreach (var alias in aliases)
            {
                map[Key(alias)] = field;
            }
        }

        return map;
    }
}
