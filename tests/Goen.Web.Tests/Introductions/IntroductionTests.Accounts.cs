using System.Net;

namespace Goen.Web.Tests.Introductions;

/// <summary>Accounts leaving: an introducer's introductions go with them; a side's shared details and thanks go too.</summary>
public abstract partial class IntroductionTests
{
    [Fact]
    public async Task DeleteAccount_OfASide_RemovesWhatTheyGaveFromTheIntroducersRecord()
    {
        using var me = await Visitor.SignUpAsync(app, "Introducer");
        using var sideA = await Visitor.SignUpAsync(app, "Side A");
        using var sideB = await Visitor.SignUpAsync(app, "Side B");
        var (id, _) = await AskedBetweenUsersAsync(me, sideA, sideB);
        foreach (var ask in await MailsAsync(id, "introduction.ask"))
        {
            await AnswerAsync(LinkIn(ask.TextBody), "yes", reach: "LINE: gone-soon");
        }

        using (await sideA.Client.PostAsync(new Uri($"/api/introductions/{id}/thanks", UriKind.Relative), JsonContent("{\"note\":\"thanks-before-leaving\"}")))
        {
        }

        using var deleted = await sideA.Client.DeleteAsync(new Uri("/api/me", UriKind.Relative));
        var after = await me.Client.GetStringAsync(new Uri($"/api/introductions/{id}", UriKind.Relative));
        using var introducerGone = await me.Client.DeleteAsync(new Uri("/api/me", UriKind.Relative));
        var asB = await sideB.Client.GetStringAsync(new Uri("/api/introductions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Contains("Side A", after, StringComparison.Ordinal);
        Assert.DoesNotContain("thanks-before-leaving", after, StringComparison.Ordinal);
        Assert.DoesNotContain(sideA.Email, after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, introducerGone.StatusCode);
        Assert.Equal("[]", asB);
    }
}
