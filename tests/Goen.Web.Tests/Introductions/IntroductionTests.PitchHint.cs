using System.Net;
using System.Net.Http.Json;

namespace Goen.Web.Tests.Introductions;

/// <summary>The gentle pitch hint: the API's contract, and the quiet hint on a draft and a profile that never blocks.</summary>
public abstract partial class IntroductionTests
{
    [Fact]
    public async Task PitchHintApi_PitchAndGiveFirstText_HintOnlyThePitchWithItsPhrases()
    {
        using var me = await Visitor.SignUpAsync(app);

        var pitch = await PostAsync(me, "/api/text/pitch-hint", new { text = "今なら格安！ご購入はDMで。売上アップ保証します" });
        var give = await PostAsync(me, "/api/text/pitch-hint", new { text = "カフェの開業を考えている方とつながりたいです。税理士さんを探している方がいればご紹介します。" });
        using var tooLong = await me.Client.PostAsJsonAsync(new Uri("/api/text/pitch-hint", UriKind.Relative), new { text = new string('a', 20_001) });

        Assert.True(pitch.GetProperty("hint").GetBoolean());
        Assert.Contains(pitch.GetProperty("phrases").EnumerateArray(), p => p.GetString()!.Contains("今なら", StringComparison.Ordinal));
        Assert.False(give.GetProperty("hint").GetBoolean());
        Assert.Empty(give.GetProperty("phrases").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Fact]
    public async Task PitchHint_OnADraftNote_ShowsQuietlyAndTheAskStillGoes()
    {
        using var me = await Visitor.SignUpAsync(app, "Introducer");
        var a = await ContactAsync(me, "Pitch A", "pitch-a@example.test");
        var b = await ContactAsync(me, "Pitch B", "pitch-b@example.test");
        var id = (await PostAsync(me, "/api/introductions", new { a = new { contactId = a }, b = new { contactId = b }, noteToA = "Limited offer! Buy now and DM me for a discount." })).GetProperty("id").GetInt32();

        var draft = await me.GetAsync($"/Introductions/Details/{id}");
        var asked = await me.SubmitAndFollowAsync(draft, "[data-test=intro-edit]", [], "[data-test=intro-ask]");

        Assert.Single(draft.All("pitch-hint"));
        Assert.Equal("Asked", asked.Attr("intro-state", "data-state"));
    }
}
