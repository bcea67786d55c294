using System.Text;
using Goen.Core.Calendar;

namespace Goen.Core.Tests.Calendar;

public partial class CalendarWriterTests
{
    // Long enough to fold several times, with three-byte (Japanese) and four-byte (emoji) characters at every
    // offset a fold can fall on, and the characters iCalendar escapes.
    private static readonly string LongJapanese = string.Concat(Enumerable.Repeat("先日は名刺交換をありがとうございました。🙇‍♀️次回は、資料;見積を持参します😀\n", 6)) + "以上、よろしくお願いいたします。";

    public static TheoryData<string> LongTexts() => new()
    {
        "meeting",
        "feed",
    };

    private static string WriteLong(string which) => which == "meeting"
        ? CalendarWriter.Meeting(Invite(summary: LongJapanese, description: LongJapanese, location: LongJapanese))
        : CalendarWriter.Feed(LongJapanese, [Timed with { Title = LongJapanese, Description = LongJapanese }], [FollowUps[0] with { Summary = LongJapanese }], Stamp);

    [Theory]
    [MemberData(nameof(LongTexts))]
    public void Write_LongJapaneseText_EveryLineIsAtMostSeventyFiveOctetsOfWholeCharactersEndingInCrlf(string which)
    {
        var bytes = new UTF8Encoding(false, true).GetBytes(WriteLong(which));

        var lines = SplitCrlf(bytes);
        Assert.True(lines.Count > 20, "The long text should need folding.");
        Assert.Empty(lines[^1]);
        Assert.All(lines[..^1], line =>
        {
            Assert.InRange(line.Length, 1, 75);
            Assert.DoesNotContain((byte)'\r', line);
            Assert.DoesNotContain((byte)'\n', line);
            Assert.True(IsWholeUtf8(line), "A line holds only part of a UTF-8 sequence: " + Encoding.UTF8.GetString(line));
        });
    }

    [Theory]
    [MemberData(nameof(LongTexts))]
    public void Write_LongJapaneseText_IcalNetReadsItBackIntact(string which)
    {
        var text = WriteLong(which);

        var item = Assert.Single(Parse(text).Events);
        Assert.Equal((LongJapanese, LongJapanese), (item.Summary, item.Description));
    }

    private static List<byte[]> SplitCrlf(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 2;
                i++;
            }
        }

        lines.Add(bytes[start..]);
        return lines;
    }

    private static bool IsWholeUtf8(byte[] line)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetString(line);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
