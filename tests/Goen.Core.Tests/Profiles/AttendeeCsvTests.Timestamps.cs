using System.Globalization;
using Goen.Core.Profiles;

namespace Goen.Core.Tests.Profiles;

public partial class AttendeeCsvTests
{
    [Theory]
    [InlineData("タイムスタンプ", "2024/10/11 8:55:06", "2024-10-11T08:55:06")]
    [InlineData("Timestamp", "8/31/2023 19:08:16", "2023-08-31T19:08:16")]
    [InlineData("Timestamp", "31/08/2023 19:08:16", "2023-08-31T19:08:16")]
    [InlineData("Marca temporal", "2024/10/05 7:14:21 p. m. GMT-4", "2024-10-05T19:14:21")]
    [InlineData("Marca temporal", "2024/10/05 12:14:21 a. m. GMT-4", "2024-10-05T00:14:21")]
    [InlineData("Timestamp", "2024-10-05T10:14:21.123Z", "2024-10-05T10:14:21")]
    [InlineData("タイムスタンプ", "２０２４/１０/１１ ８:５５:０６", "2024-10-11T08:55:06")]
    public void Interpret_FormTimestampInTheOwnersLocale_IsTheRegistrationTime(string header, string cell, string expected)
    {
        var preview = Preview($"{header},お名前\n\"{cell}\",佐藤 健\n");

        var sato = Assert.Single(preview.Accepted);
        Assert.Equal(DateTime.Parse(expected, CultureInfo.InvariantCulture), sato.RegisteredAt);
        Assert.Equal(cell, sato.Profile.Extra[header]);
    }

    [Fact]
    public void Interpret_AmbiguousSlashedDates_TakeTheOrderTheRestOfTheColumnShows()
    {
        var british = Preview("Timestamp,Your name\n4/5/2023 10:00:00,A\n31/08/2023 19:08:16,B\n");
        var american = Preview("Timestamp,Your name\n4/5/2023 10:00:00,A\n8/31/2023 19:08:16,B\n");

        Assert.Equal(new DateTime(2023, 5, 4, 10, 0, 0), british.Accepted[0].RegisteredAt);
        Assert.Equal(new DateTime(2023, 4, 5, 10, 0, 0), american.Accepted[0].RegisteredAt);
    }

    [Theory]
    [InlineData("#VALUE!")]
    [InlineData("2023/02/30 10:00:00")]
    [InlineData("8/31/2023 25:08:16")]
    [InlineData("2024/10/05 13:14:21 p. m.")]
    [InlineData("yesterday")]
    public void Interpret_UnreadableTimestamp_LeavesOutThatRowWithAClearReason(string cell)
    {
        var preview = Preview($"タイムスタンプ,お名前\n2024/10/11 8:55:06,佐藤 健\n{cell},鈴木 花子\n");

        var row = Assert.Single(preview.Rejected);
        Assert.Equal((3, AttendeeRowProblem.UnreadableTimestamp, cell), (row.Line, row.Problem, row.Detail));
        Assert.StartsWith($"Line 3: \"{cell}\" is not a date and time", row.LocalizedMessage(CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
        Assert.Contains("日時として読めません", row.LocalizedMessage(CultureInfo.GetCultureInfo("ja")), StringComparison.Ordinal);
        Assert.Equal(["佐藤 健"], preview.Accepted.Select(a => a.Profile.Name));
    }

    [Fact]
    public void Interpret_TimestampColumnOutsideAForm_IsKeptAsWrittenAndNeverRejected()
    {
        var preview = Preview("名前,できること,timestamp\n佐藤 健,Web,not a time\n");

        Assert.Null(Assert.Single(preview.Accepted).RegisteredAt);
        Assert.Empty(preview.Rejected);
    }

    [Theory]
    [InlineData("google-forms-responses.csv", 0, "2025-05-20T21:03:11")]
    [InlineData("google-forms-responses-es.csv", 0, "2024-10-05T19:14:21")]
    [InlineData("google-forms-responses-en.csv", 0, "2023-08-31T19:08:16")]
    [InlineData("google-forms-responses-en.csv", 1, "2023-09-01T08:55:06")]
    public void Interpret_FormSamples_ReadEachOwnersTimestamps(string sample, int person, string expected)
    {
        var preview = Preview(Sample(sample));

        Assert.Equal(DateTime.Parse(expected, CultureInfo.InvariantCulture), preview.Accepted[person].RegisteredAt);
        Assert.All(preview.Accepted, a => Assert.NotNull(a.RegisteredAt));
    }

    [Fact]
    public void Interpret_EnglishFormSample_LeavesOutTheRowWhoseTimestampWasOverwritten()
    {
        var preview = Preview(Sample("google-forms-responses-en.csv"));

        var row = Assert.Single(preview.Rejected);
        Assert.Equal((5, AttendeeRowProblem.UnreadableTimestamp, "#VALUE!"), (row.Line, row.Problem, row.Detail));
        Assert.Equal(4, preview.Accepted.Count);
    }
}
