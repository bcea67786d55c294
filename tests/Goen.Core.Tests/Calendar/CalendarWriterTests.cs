using Goen.Core.Calendar;
using IcalCalendar = Ical.Net.Calendar;

namespace Goen.Core.Tests.Calendar;

public partial class CalendarWriterTests
{
    private const string TrickySummary = "田中様との面談, 1on1; 確認\n二行目 \\ C:\\goen 🤝";

    private static readonly DateTimeOffset Stamp = new(2026, 11, 30, 16, 5, 0, TimeSpan.FromHours(9));

    private static readonly DateTimeOffset MeetingStartUtc = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private static MeetingInvite Invite(string summary = TrickySummary, string description = "名刺交換のお礼です。\n資料, 見積; 日程", string location = "丸の内ビル 3F, ラウンジ") =>
        new("meeting-42@goen.example", summary, description, new DateTime(2026, 12, 3, 19, 0, 0), 45, location, Stamp);

    private static IcalCalendar Parse(string text) => IcalCalendar.Load(text) ?? throw new InvalidOperationException("Ical.Net read no calendar.");

    private static int Count(string text, string line) => text.Split("\r\n").Count(l => l == line);

    [Fact]
    public void Meeting_ParsedByIcalNet_KeepsStartEndAsInstants()
    {
        var text = CalendarWriter.Meeting(Invite());

        var meeting = Assert.Single(Parse(text).Events);
        Assert.Equal(MeetingStartUtc.UtcDateTime, meeting.DtStart!.AsUtc);
        Assert.Equal(MeetingStartUtc.AddMinutes(45).UtcDateTime, meeting.DtEnd!.AsUtc);
        Assert.Equal(("Asia/Tokyo", "Asia/Tokyo"), (meeting.DtStart.TzId, meeting.DtEnd.TzId));
    }

    [Fact]
    public void Meeting_ParsedByIcalNet_KeepsUidAndTextWithCommasSemicolonsNewlinesAndBackslashes()
    {
        var invite = Invite();

        var meeting = Assert.Single(Parse(CalendarWriter.Meeting(invite)).Events);

        Assert.Equal(invite.Uid, meeting.Uid);
        Assert.Equal(TrickySummary, meeting.Summary);
        Assert.Equal(invite.Description, meeting.Description);
        Assert.Equal(invite.Location, meeting.Location);
    }

    [Fact]
    public void Meeting_Text_IsEscaped()
    {
        var text = CalendarWriter.Meeting(Invite(summary: "a, b; c\nd \\ e"));

        Assert.Contains("\r\nSUMMARY:a\\, b\\; c\\nd \\\\ e\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Meeting_ControlCharacters_AreDroppedAndLineBreaksKept()
    {
        var text = CalendarWriter.Meeting(Invite(summary: "a\u0001b\u007fc\td\r\ne\u001bf"));

        Assert.Equal("abc\td\nef", Assert.Single(Parse(text).Events).Summary);
        Assert.DoesNotContain(text, c => c < ' ' && c is not ('\r' or '\n' or '\t'));
    }

    [Fact]
    public void Meeting_Always_HasExactlyOneTokyoTimeZone()
    {
        var text = CalendarWriter.Meeting(Invite());

        Assert.Equal(1, Count(text, "BEGIN:VTIMEZONE"));
        Assert.Equal(1, Count(text, "TZID:Asia/Tokyo"));
        var zone = Assert.Single(Parse(text).TimeZones);
        Assert.Equal("Asia/Tokyo", zone.TzId);
        var standard = Assert.Single(zone.TimeZoneInfos);
        Assert.Equal(("STANDARD", "JST", TimeSpan.FromHours(9), TimeSpan.FromHours(9)), (standard.Name, standard.TimeZoneName, standard.OffsetFrom!.Offset, standard.OffsetTo!.Offset));
    }

    [Fact]
    public void Meeting_Lines_NameTheCalendarStartEndAndStamp()
    {
        var text = CalendarWriter.Meeting(Invite());

        Assert.Equal(
            [1, 1, 1, 1, 1, 1, 1],
            [
                Count(text, "PRODID:-//Goen//Goen//EN"),
                Count(text, "VERSION:2.0"),
                Count(text, "METHOD:PUBLISH"),
                Count(text, "DTSTART;TZID=Asia/Tokyo:20261203T190000"),
                Count(text, "DTEND;TZID=Asia/Tokyo:20261203T194500"),
                Count(text, "DTSTAMP:20261130T070500Z"),
                Count(text, "UID:meeting-42@goen.example"),
            ]);
    }

    [Fact]
    public void Meeting_EmptyLocationAndDescription_AreLeftOut()
    {
        var text = CalendarWriter.Meeting(Invite(description: "", location: ""));

        Assert.DoesNotContain("\r\nLOCATION", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\nDESCRIPTION", text, StringComparison.Ordinal);
        Assert.Single(Parse(text).Events);
    }

    [Fact]
    public void Meeting_SameInvite_WritesTheSameText()
    {
        var first = CalendarWriter.Meeting(Invite());

        var second = CalendarWriter.Meeting(Invite());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Meeting_UtcStart_Throws()
    {
        var invite = Invite() with { LocalStart = new DateTime(2026, 12, 3, 10, 0, 0, DateTimeKind.Utc) };

        Assert.Throws<ArgumentException>(() => CalendarWriter.Meeting(invite));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void Meeting_NoLength_Throws(int minutes)
    {
        var invite = Invite() with { Minutes = minutes };

        Assert.Throws<ArgumentOutOfRangeException>(() => CalendarWriter.Meeting(invite));
    }

    [Fact]
    public void Meeting_EmptyUid_Throws()
    {
        var invite = Invite() with { Uid = " " };

        Assert.Throws<ArgumentException>(() => CalendarWriter.Meeting(invite));
    }
}
