using System.Globalization;
using System.Text.RegularExpressions;
using Goen.Core.Text;

namespace Goen.Core.Profiles;

/// <summary>
/// Reads the timestamps of a Google Forms response sheet, which follow the form owner's locale:
/// <c>2024/10/11 8:55:06</c> (ja), <c>8/31/2023 19:08:16</c> (en-US), <c>31/08/2023 19:08:16</c> (en-GB),
/// <c>2024/10/05 7:14:21 p. m. GMT-4</c> (es), and ISO 8601.
/// </summary>
/// <remarks>
/// Whether a slashed date puts the month or the day first cannot be told from one value (8/9/2023), so it is
/// decided once for the whole column by <see cref="OrderOf"/>: a first number over 12 anywhere means day first,
/// a second one over 12 means month first; with neither, the header's language decides (Marca temporal: day first;
/// otherwise month first, as Google's en-US default). The time is kept as written on the form owner's clock; a
/// written offset (GMT-4) is checked but not applied, since every answer of one form is on the same clock.
/// </remarks>
internal static partial class FormTimestamps
{
    // The longest form above is about 35 characters; a longer cell is not a timestamp and is not matched at all.
    private const int MaxLength = 64;

    /// <summary>Decides whether the slashed dates of a column put the day or the month first.</summary>
    /// <param name="header">The column's header.</param>
    /// <param name="values">The column's cells.</param>
    /// <returns><see langword="true"/> for day first (31/08/2023), <see langword="false"/> for month first (8/31/2023).</returns>
    public static bool OrderOf(string header, IEnumerable<string> values)
    {
        int dayFirst = 0, monthFirst = 0;
        foreach (var value in values)
        {
            if (value.Length <= MaxLength && Pattern().Match(Fold(value)) is { Success: true } m && !m.Groups["year"].Success)
            {
                dayFirst += Number(m, "a") > 12 ? 1 : 0;
                monthFirst += Number(m, "b") > 12 ? 1 : 0;
            }
        }

        return dayFirst != monthFirst ? dayFirst > monthFirst : TextNormalizer.FoldKey(header).StartsWith("marca", StringComparison.Ordinal);
    }

    /// <summary>Reads one timestamp.</summary>
    /// <param name="text">The cell.</param>
    /// <param name="dayFirst">Whether a slashed date without a leading year puts the day first, from <see cref="OrderOf"/>.</param>
    /// <param name="value">The date and time as written, of unspecified kind.</param>
    /// <returns><see langword="true"/> when the cell is a real date and time in one of the known forms.</returns>
    public static bool TryParse(string text, bool dayFirst, out DateTime value)
    {
        value = default;
        if (text.Length > MaxLength || Pattern().Match(Fold(text)) is not { Success: true } m)
        {
            return false;
        }

        int year, month, day;
        if (m.Groups["year"].Success)
        {
            (year, month, day) = (Number(m, "year"), Number(m, "a"), Number(m, "b"));
        }
        else
        {
            year = Number(m, "shortyear") is var y && m.Groups["shortyear"].Length == 2 ? 2000 + y : y;
            (month, day) = dayFirst ? (Number(m, "b"), Number(m, "a")) : (Number(m, "a"), Number(m, "b"));
        }

        var hour = m.Groups["hour"].Success ? Number(m, "hour") : 0;
        var meridiem = m.Groups["meridiem"].Success ? m.Groups["meridiem"].Value : m.Groups["before"].Value;
        if (meridiem.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            var afternoon = meridiem.StartsWith('p') || meridiem == "午後";
            hour = (hour % 12) + (afternoon ? 12 : 0);
        }

        var minute = m.Groups["minute"].Success ? Number(m, "minute") : 0;
        var second = m.Groups["second"].Success ? Number(m, "second") : 0;
        if (m.Groups["offset"].Success && Math.Abs(Number(m, "offset")) > 14)
        {
            return false;
        }

        if (year is < 1900 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    // NFKC and lower case, so full-width digits and "P. M." read like their plain forms.
    private static string Fold(string text) => text.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant().Trim();

    [GeneratedRegex("""
        ^(?:(?<year>\d{4})[/.\-]\s?(?<a>\d{1,2})[/.\-]\s?(?<b>\d{1,2})\.?
          |(?<a>\d{1,2})[/.\-](?<b>\d{1,2})[/.\-](?<shortyear>\d{4}|\d{2}))
        (?:(?:\s+|t)(?<before>午前|午後)?\s*(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:\.\d{1,7})?)?)?
        \s*(?<meridiem>a\.?\s?m\.?|p\.?\s?m\.?)?
        \s*(?:z|(?:gmt|utc)?\s*(?<offset>[+\-]\d{1,2})(?::?\d{2})?|gmt|utc)?$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
