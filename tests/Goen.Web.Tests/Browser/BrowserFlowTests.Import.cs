using System.Text;

namespace Goen.Web.Tests.Browser;

/// <summary>A form's export with 32 columns on a 360 px phone: the columns Goen does not use are folded, the decision comes after the problems.</summary>
public sealed partial class BrowserFlowTests
{
    // Before the kept columns were folded this preview was 6,192 px tall in Japanese and 6,476 px in English; folded,
    // about 2,600, and 2,618 / 3,071 once the form's timestamp became a mapped column of its own (registration time).
    private const int MaxPreviewHeight = 3500;

    // The preview shows the fields the file maps (no offers column here; the form's timestamp is the registration time), not a fixed set.
    private static readonly string[] MappedEnglish = ["Line", "Name", "Organization", "E-mail", "Registration time", "Status"];
    private static readonly string[] MappedJapanese = ["行", "名前", "所属", "メールアドレス", "申込日時", "ステータス"];

    [Theory]
    [InlineData("ja-JP")]
    [InlineData("en-US")]
    public async Task ImportPreview_OfA32ColumnFormOnA360PxPhone_FoldsKeptColumnsAndPutsTheDecisionLast(string locale)
    {
        await using var session = await browser.OpenAsync("import-wide", locale);
        var profile = await (await session.OpenSignUpAsync()).SignUpAsync("Wide File Organizer", session.Email, session.Password);
        var details = await (await (await profile.GoToEventsAsync()).NewEventAsync())
            .CreateEventAsync("32列のフォーム Wide form", EventDate, new TimeOnly(19, 0), "渋谷", "", "");
        var import = await details.ImportAttendeesAsync();
        var file = Path.Combine(Path.GetTempPath(), $"goen-wide-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, WideForm(), new UTF8Encoding(true), TestContext.Current.CancellationToken);

        try
        {
            await import.UploadAsync(file);
            await session.SeeAsync("import-wide-preview");
            var height = await import.PageHeightAsync();
            TestContext.Current.TestOutputHelper?.WriteLine($"{locale}: import preview of a 32-column file at 360 px is {height} px tall");

            Assert.True(height < MaxPreviewHeight, $"{locale}: the preview is {height} px tall on a 360 px phone");
            Assert.False(await import.KeptColumnsOpenAsync());
            Assert.Equal(["rejected", "preview-table", "confirm"], await import.OrderOfAsync("rejected", "preview-table", "confirm"));
            Assert.Equal(locale.StartsWith("ja", StringComparison.Ordinal) ? MappedJapanese : MappedEnglish, await import.PreviewHeadersAsync());
            Assert.Empty(session.SidewaysScrolling);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>A Google Forms sheet as organizers make them: a timestamp, name, e-mail, company, attendance and 27 more questions.</summary>
    private static string WideForm()
    {
        var questions = Enumerable.Range(1, 27).Select(i => $"質問{i}: このイベントで話してみたいテーマや、最近取り組んでいることを教えてください / Question {i}").ToList();
        var csv = new StringBuilder();
        csv.AppendLine("タイムスタンプ,お名前,メールアドレス,ご所属,参加表明," + string.Join(",", questions.Select(q => $"\"{q}\"")));
        for (var row = 0; row < 12; row++)
        {
            var name = row is 3 or 7 ? "" : $"参加者 {row + 1}";
            csv.AppendLine(string.Join(",", new[] { $"2026/05/{row + 1:00} 8:55:06", name, $"person{row}@example.jp", $"会社{row}", row == 5 ? "欠席します" : "参加します" }
                .Concat(questions.Select((_, i) => $"回答 {row}-{i}"))));
        }

        return csv.ToString();
    }
}
