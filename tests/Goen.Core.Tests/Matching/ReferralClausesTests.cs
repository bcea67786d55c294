using Goen.Core.Matching;

namespace Goen.Core.Tests.Matching;

public class ReferralClausesTests
{
    private static IEnumerable<string> Clauses(string text) => ReferralClauses.Find(text).Select(r => text[r.Start..r.End].Trim());

    [Theory]
    [InlineData("記帳代行・給与計算（税務申告は受けていません。顧問税理士をご紹介します）", "顧問税理士をご紹介します")]
    [InlineData("Bookkeeping. I can introduce you to a good tax accountant", "I can introduce you to a good tax accountant")]
    [InlineData("ウェブ制作、弁護士さんにおつなぎできます", "弁護士さんにおつなぎできます")]
    public void Find_ClauseThatOffersAnIntroduction_IsFoundAlone(string text, string referral)
    {
        var found = Clauses(text).ToList();

        Assert.Equal([referral], found);
    }

    [Theory]
    [InlineData("ホテル・旅館・飲食店の接客スタッフの人材紹介（日本語・英語）")]
    [InlineData("オフィス・店舗物件の紹介、開業時の物件探しのお手伝い")]
    [InlineData("会社紹介動画・YouTube動画の撮影と編集")]
    [InlineData("Bilingual recruitment: we introduce candidates to foreign companies")]
    public void Find_ServiceNamedByTheNoun_FindsNothing(string text)
    {
        var found = ReferralClauses.Find(text);

        Assert.Empty(found);
    }
}
