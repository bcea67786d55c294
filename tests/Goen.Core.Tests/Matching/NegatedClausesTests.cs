using Goen.Core.Matching;

namespace Goen.Core.Tests.Matching;

public class NegatedClausesTests
{
    private static IEnumerable<string> Clauses(string text) => NegatedClauses.Find(text).Select(r => text[r.Start..r.End].Trim());

    [Theory]
    [InlineData("記帳代行・給与計算（税務申告は受けていません。顧問税理士をご紹介します）", "税務申告は受けていません")]
    [InlineData("日英バイリンガルの司会。通訳はお受けしていません", "通訳はお受けしていません")]
    [InlineData("インテリアコーディネート（施工は行っていません）", "施工は行っていません")]
    [InlineData("企業法務（日本語の契約のみ。英文契約は扱っていません）、債権回収", "英文契約は扱っていません")]
    [InlineData("Paid ads only: Google Ads management. No organic social media.", "No organic social media")]
    [InlineData("Interpreting for meetings (interpreting only, no written translation)", "no written translation")]
    [InlineData("Bookkeeping, but I don't do tax returns", "but I don't do tax returns")]
    [InlineData("翻訳・通訳は受けていません", "翻訳・通訳は受けていません")]
    [InlineData("ケータリング。土日は対応不可", "土日は対応不可")]
    [InlineData("記帳代行しかし税務申告は受けていません", "しかし税務申告は受けていません")]
    public void Find_ClauseThatRulesSomethingOut_IsFoundAlone(string text, string negated)
    {
        var found = Clauses(text).ToList();

        Assert.Equal([negated], found);
    }

    [Theory]
    [InlineData("ホームページ制作とWordPressの保守")]
    [InlineData("初心者でも構いません。年齢は問いません")]
    [InlineData("一緒にイベントをやりませんか")]
    [InlineData("翻訳以外にも通訳に対応します")]
    [InlineData("法人の決算しかやっていません")]
    [InlineData("Not only websites but also logos")]
    [InlineData("No-code tools and automation")]
    [InlineData("Notion setup, annotated reports, knowledge base")]
    public void Find_TextWithoutNegation_FindsNothing(string text)
    {
        var found = NegatedClauses.Find(text);

        Assert.Empty(found);
    }
}
