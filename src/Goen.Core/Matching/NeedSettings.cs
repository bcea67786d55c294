using Goen.Core.Text;

namespace Goen.Core.Matching;

/// <summary>
/// Finds the words of a need that say what it is for rather than who or what it asks for: the setting. In 「Sponsors for our
/// monthly pitch night」 the need is for sponsors, people who pay; "pitch night" is only what they would pay for, and someone
/// who reviews pitch decks is no sponsor. In 「採用広報の動画」 the need is for a video; 採用広報 is what the video is about, and
/// a press-release writer makes no video.
/// </summary>
/// <remarks>
/// <para>Two kinds of words are found. First, a request (cut as <see cref="RoleFacets.Requests"/> cuts them) whose head names a
/// counterpart wanted for what they would pay or bring — clients, customers, sponsors, investors, students, members,
/// attendees, a company that would engage the asker (「研修講師として呼んでくれる企業」) — or a place to use (会場, スペース,
/// venue): the rest of the request is the setting. Someone who offers the service the asker wants clients for is a peer, not a
/// client, and a workshop facilitator has no venue. The head is where each language puts it: last in Japanese (after trailing
/// asks such as 集め, 募集, のご紹介, を探しています), first in English (before "for", "in", "who" and the like). How a place is
/// had belongs to it ("a space to rent", 「借りられるスペース」). Partners are not counterparts: they are named by what they do
/// ("partners for sake tasting tours"), unless what they do is engage the asker's people ("partners who hire").</para>
/// <para>Second, the words that modify a kind of thing (<see cref="ObjectFacets"/>: a video, photos, a flyer, a website) in
/// the same noun phrase: 「採用広報の動画」, 「会社紹介動画」, "recruitment video". What the thing is about does not make
/// the thing; whoever makes it matches the thing itself. A modifier that is itself a kind of thing is left to
/// <see cref="ObjectFacets"/>, and a kind that is only a purpose (「ホームページに載せる写真」) modifies nothing here.</para>
/// <para>A setting word still counts towards the score; it only cannot carry a match alone (it is not specific:
/// <see cref="MatchingOptions.MinSpecificScore"/>), as a broad word before の cannot.</para>
/// </remarks>
public static class NeedSettings
{
    /// <summary>Finds the setting of a need.</summary>
    /// <param name="need">The need, in the original characters; <see langword="null"/> or empty has none.</param>
    /// <returns>The setting as [start, end) ranges of <paramref name="need"/>, in text order (they may touch).</returns>
    public static List<(int Start, int End)> Find(string? need)
    {
        var found = new List<(int Start, int End)>();
        if (string.IsNullOrWhiteSpace(need))
        {
            return found;
        }

        var text = TextNormalizer.Normalize(need);
        var folded = text.Value;
        var start = 0;
        while (start < folded.Length)
        {
            var (end, next) = RoleFacets.ServiceEnd(folded, start, need: true);
            if (Head(folded, start, end) is var (headStart, headEnd))
            {
                Add(found, text, start, headStart);
                Add(found, text, headEnd, end);
            }

            start = next;
        }

        Modifiers(text, found);
        found.Sort();
        return found;
    }

    /// <summary>Marks the features of a need that lie wholly in its setting (<see cref="FeatureOccurrence.Modifies"/>).</summary>
    /// <param name="settings">The need's setting, as <see cref="Find"/> gives it.</param>
    /// <param name="features">The need's features, changed in place.</param>
    internal static void Mark(List<(int Start, int End)> settings, FeatureOccurrence[] features)
    {
        if (features.Length == 0 || settings.Count == 0)
        {
            return;
        }

        for (var k = 0; k < features.Length; k++)
        {
            var f = features[k];
            foreach (var (start, end) in settings)
            {
                if (f.Start >= start && f.End <= end)
                {
                    features[k] = f with { Modifies = true };
                    break;
                }
            }
        }
    }

    private static void Add(List<(int Start, int End)> found, NormalizedText text, int start, int end)
    {
        var folded = text.Value;
        while (start < end && IsSpace(folded[start]))
        {
            start++;
        }

        while (end > start && IsSpace(folded[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            found.Add((text.OriginalStart(start), text.OriginalEnd(end)));
        }
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u3000';

    // The head of a request when it names a counterpart or a place: in Japanese the last word (after the asks that may follow
    // it), in English the last word of the first noun phrase.
    private static (int Start, int End)? Head(string folded, int start, int end)
    {
        while (end > start && IsSpace(folded[end - 1]))
        {
            end--;
        }

        while (start < end && IsSpace(folded[start]))
        {
            start++;
        }

        if (end <= start)
        {
            return null;
        }

        return folded.AsSpan(start, end - start).IndexOfAnyInRange('\u3040', '\u9FFF') >= 0 ? JapaneseHead(folded, start, end) : EnglishHead(folded, start, end);
    }

    private static (int Start, int End)? JapaneseHead(string folded, int start, int end)
    {
        // An aside at the end (「会場（20人くらい）」) is about the head, not the head.
        if (folded[end - 1] is ')' && folded.LastIndexOf('(', end - 1, end - start) is var open and > 0 && open > start)
        {
            end = open;
        }

        for (var trimmed = true; trimmed;)
        {
            trimmed = false;
            foreach (var ask in JapaneseAsks)
            {
                if (end - start > ask.Length && folded.AsSpan(start, end - start).EndsWith(ask, StringComparison.Ordinal))
                {
                    end -= ask.Length;
                    trimmed = true;
                    break;
                }
            }
        }

        var span = folded.AsSpan(start, end - start);
        foreach (var word in JapaneseCounterparts)
        {
            if (span.EndsWith(word, StringComparison.Ordinal))
            {
                // How the place is to be had is part of what is asked: 「週末に借りられる」スペース is a space to rent.
                var headStart = end - word.Length;
                foreach (var verb in JapaneseRenting)
                {
                    if (folded.AsSpan(start, headStart - start).EndsWith(verb, StringComparison.Ordinal))
                    {
                        headStart -= verb.Length;
                        break;
                    }
                }

                return (headStart, end);
            }
        }

        // A company, a school or a shop that would engage the asker (呼んでくれる企業, 雇ってくれるお店) is a client.
        foreach (var body in JapaneseBodies)
        {
            if (span.EndsWith(body, StringComparison.Ordinal))
            {
                var before = span[..^body.Length];
                foreach (var verb in JapaneseEngaging)
                {
                    if (before.EndsWith(verb, StringComparison.Ordinal))
                    {
                        return (end - body.Length, end);
                    }
                }
            }
        }

        return null;
    }

    private static (int Start, int End)? EnglishHead(string folded, int start, int end)
    {
        // The first noun phrase: the words before the first preposition or relative word, a few at most.
        var words = 0;
        (int Start, int End) last = (-1, -1), previous = (-1, -1);
        var at = start;
        while (at < end)
        {
            while (at < end && IsSpace(folded[at]))
            {
                at++;
            }

            var wordEnd = at;
            while (wordEnd < end && !IsSpace(folded[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd == at)
            {
                break;
            }

            var word = folded.AsSpan(at, wordEnd - at).TrimEnd(".,;:!?");
            if (EnglishStops.Contains(word.ToString()))
            {
                break;
            }

            (previous, last) = (last, (at, at + word.Length));
            if (++words > 4)
            {
                return null;
            }

            at = wordEnd;
        }

        if (last.Start < 0)
        {
            return null;
        }

        var head = folded[last.Start..last.End];
        if (EnglishCounterparts.Contains(head))
        {
            // How the place is to be had is part of what is asked: "a space to rent" is a rental space.
            var after = folded.AsSpan(last.End, end - last.End);
            foreach (var verb in EnglishRenting)
            {
                if (after.StartsWith(verb, StringComparison.Ordinal) && (after.Length == verb.Length || !char.IsAsciiLetter(after[verb.Length])))
                {
                    return (last.Start, last.End + verb.Length);
                }
            }

            return last;
        }

        // "client companies", "sponsor firms"; "companies that would hire me".
        if (EnglishBodies.Contains(head))
        {
            if (previous.Start >= 0 && EnglishCounterparts.Contains(folded[previous.Start..previous.End]))
            {
                return (previous.Start, last.End);
            }

            var rest = folded.AsSpan(last.End, end - last.End).TrimStart();
            foreach (var verb in EnglishEngaging)
            {
                if (rest.StartsWith(verb, StringComparison.Ordinal))
                {
                    return last;
                }
            }
        }

        return null;
    }

    // The words that modify a kind of thing in the same noun phrase: 「採用広報の動画」, 「会社紹介動画」, "recruitment video".
    private static void Modifiers(NormalizedText text, List<(int Start, int End)> found)
    {
        var folded = text.Value;
        var previousKind = -1;
        for (var at = 0; at < folded.Length;)
        {
            at = ObjectFacets.NextKind(folded, at, out var kindEnd, out var purpose);
            if (at < 0)
            {
                break;
            }

            if (!purpose)
            {
                var (start, end) = ModifierBefore(folded, at);
                if (end > start && start >= previousKind)
                {
                    Add(found, text, start, end);
                }
            }

            previousKind = kindEnd;
            at = kindEnd;
        }
    }

    // The modifier right before a kind word at `at`: Japanese characters before の or joined to it (a compound), or up to three
    // English words before it with nothing but spaces between.
    private static (int Start, int End) ModifierBefore(string folded, int at)
    {
        var end = at;
        if (end > 0 && folded[end - 1] == 'の')
        {
            end--;
        }

        var start = end;
        while (start > 0 && IsCompoundChar(folded[start - 1]))
        {
            start--;
        }

        if (start < end)
        {
            return (start, end);
        }

        if (at < 2 || folded[at - 1] != ' ' || !char.IsAsciiLetter(folded[at - 2]))
        {
            return (at, at);
        }

        start = at - 1;
        for (var words = 0; words < 3; words++)
        {
            var wordEnd = start;
            var wordStart = wordEnd;
            while (wordStart > 0 && (char.IsAsciiLetterOrDigit(folded[wordStart - 1]) || folded[wordStart - 1] == '-'))
            {
                wordStart--;
            }

            if (wordStart == wordEnd || EnglishStops.Contains(folded[wordStart..wordEnd]) || Determiners.Contains(folded[wordStart..wordEnd]))
            {
                break;
            }

            start = wordStart;
            if (wordStart == 0 || folded[wordStart - 1] != ' ')
            {
                break;
            }

            start = wordStart - 1;
        }

        while (start < at && folded[start] == ' ')
        {
            start++;
        }

        return (start, at - 1);
    }

    private static bool IsCompoundChar(char c) => TextNormalizer.IsKanji(c) || TextNormalizer.IsKatakana(c) || char.IsAsciiLetterOrDigit(c);

    // What may follow a Japanese head, asking for it: 集め, 募集, のご紹介, を探しています, がほしい, さん.
    private static readonly string[] JapaneseAsks =
    [
        "を探しています", "を探してます", "を探したい", "を紹介してほしい", "を紹介して欲しい", "を紹介してください", "を増やしたい", "を集めたい",
        "がほしい", "が欲しい", "のご紹介", "の紹介", "ご紹介", "紹介", "との出会い", "とのつながり", "との繋がり", "集め", "募集", "開拓", "獲得", "探し",
        "さん", "さま", "様", "たち", "達",
    ];

    // Counterparts wanted for what they pay or bring, and places to use. Longer first where one ends another.
    private static readonly string[] JapaneseCounterparts =
    [
        "スポンサー企業", "協賛企業", "クライアント企業", "取引先企業", "スポンサー", "協賛", "お客", "顧客", "クライアント", "取引先", "得意先", "顧問先",
        "生徒", "受講生", "受講者", "参加者", "来場者", "会員", "投資家", "出資者", "案件", "仕事", "会場", "スペース", "会議室",
    ];

    private static readonly string[] JapaneseRenting = ["借りられる", "借りれる", "借りたい", "貸してくれる", "貸してもらえる", "貸し切れる", "貸切できる", "レンタルできる"];

    private static readonly string[] EnglishRenting = [" to rent", " to hire", " to book", " to borrow", " for rent", " for hire"];

    private static readonly string[] JapaneseBodies = ["企業", "会社", "法人", "団体", "学校", "お店", "店", "パートナー"];

    private static readonly string[] JapaneseEngaging =
    [
        "呼んでくれる", "呼んでもらえる", "雇ってくれる", "発注してくれる", "依頼してくれる", "契約してくれる", "採用してくれる", "使ってくれる",
        "導入してくれる", "買ってくれる", "採用している", "雇っている", "を採用する", "を雇う",
    ];

    private static readonly HashSet<string> EnglishCounterparts =
    [
        "client", "clients", "customer", "customers", "sponsor", "sponsors", "patron", "patrons", "student", "students",
        "attendees", "participants", "members", "investor", "investors", "backers",
        "venue", "venues", "space",
    ];

    private static readonly HashSet<string> EnglishBodies = ["companies", "company", "firms", "businesses", "schools", "organizations", "organisations", "partners", "employers"];

    private static readonly string[] EnglishEngaging = ["that hire", "that are hiring", "that would hire", "who hire", "who are hiring", "who would hire", "that book", "that would book", "who would book", "that need my", "that want my"];

    // Words that end the first noun phrase of an English request.
    private static readonly HashSet<string> EnglishStops =
    [
        "for", "in", "of", "who", "that", "which", "to", "with", "from", "at", "on", "near", "across", "around", "via", "through", "by",
        "and", "or", "whose", "where", "i", "we", "willing", "interested", "looking",
    ];

    private static readonly HashSet<string> Determiners = ["a", "an", "the", "my", "our", "your", "their", "its", "some", "any", "this", "these"];
}
