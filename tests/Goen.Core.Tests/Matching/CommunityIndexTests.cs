using Goen.Core.Matching;
using Goen.Core.Profiles;

namespace Goen.Core.Tests.Matching;

public partial class CommunityIndexTests
{
    private static readonly Profile Designer = new() { Name = "佐藤 健", Offers = "ホームページ制作とWordPressの保守", Needs = "経理をまかせられる人", Interests = "ゴルフ、ワイン" };
    private static readonly Profile OtherDesigner = new() { Name = "Olivia Brown", Offers = "Website design and development", Needs = "web design clients", Interests = "golf, craft beer" };
    private static readonly Profile Accountant = new() { Name = "山本 大輔", Offers = "記帳代行、税務申告、経理のアウトソーシング", Needs = "事務所のホームページを作り直したい", Interests = "釣り、サウナ" };
    private static readonly Profile Cafe = new() { Name = "Emma Wilson", Offers = "Catering for small events", Needs = "a new website for my cafe", Interests = "wine, cats" };

    private static CommunityIndex Index(params Profile[] people) => CommunityIndex.Build(people);

    [Fact]
    public void Help_OffersMeetingNeedsAcrossLanguages_ScoresAboveZero()
    {
        var index = Index(Designer, Accountant, Cafe);

        Assert.True(index.Help(0, 2) > 0, "ホームページ制作 meets a new website");
        Assert.True(index.Help(0, 1) > 0, "ホームページ制作 meets ホームページを作り直したい");
        Assert.True(index.Help(1, 0) > 0, "経理のアウトソーシング meets 経理をまかせられる人");
    }

    [Fact]
    public void Help_IsDirected()
    {
        var index = Index(Designer, Cafe);

        Assert.True(index.Help(0, 1) > 0);
        Assert.Equal(0, index.Help(1, 0));
    }

    [Fact]
    public void Help_BetweenTwoPeopleWhoOfferTheSameThing_IsZero()
    {
        var index = Index(Designer, OtherDesigner);

        Assert.Equal(0, index.Help(0, 1));
        Assert.Equal(0, index.Help(1, 0));
    }

    [Fact]
    public void Help_WithoutTheOwnOffersRule_WouldMistakePeersForHelp()
    {
        var index = CommunityIndex.Build([Designer, OtherDesigner], options: MatchingOptions.Default with { ExcludeOwnOffers = false });

        Assert.True(index.Help(0, 1) > 0);
    }

    [Fact]
    public void Talk_IsSymmetricAndFindsCrossLanguageTopics()
    {
        var index = Index(Designer, OtherDesigner, Cafe);

        Assert.Equal(index.Talk(0, 1), index.Talk(1, 0), 6);
        Assert.True(index.Talk(0, 1) > 0);
        Assert.Contains("golf ↔ ゴルフ", index.ExplainTalk(0, 1).Reasons);
    }

    [Fact]
    public void SuggestAll_PeopleWhoShareOnlyABroadPastime_AreNoSmallTalkPartners()
    {
        Profile[] people =
        [
            new() { Name = "A", Interests = "カフェ巡り、ワイン" },
            new() { Name = "B", Interests = "美術館巡り、wine" },
            new() { Name = "C", Interests = "寺社巡り" },
            new() { Name = "D", Interests = "音楽（ロック）" },
            new() { Name = "E", Interests = "クラシック音楽" },
        ];
        var index = CommunityIndex.Build(people);
        var loose = CommunityIndex.Build(people, options: MatchingOptions.Default with { SmallTalkNeedsSpecific = false });

        var starters = index.SuggestAll(top: 5);

        Assert.Equal([1], starters[0].Starters.Select(m => m.Person));
        Assert.Empty(starters[2].Starters);
        Assert.Empty(starters[3].Starters);
        Assert.Contains(4, loose.SuggestAll(top: 5)[3].Starters.Select(m => m.Person));
    }

    [Fact]
    public void CanHelp_BroadWordNamingOnlyTheSetting_CarriesNoMatch_ButTheThingItselfDoes()
    {
        Profile[] people =
        [
            new() { Name = "Mover", Offers = "オフィス移転の経験共有" },
            new() { Name = "Logo", Needs = "事務所のロゴを新しくしたい" },
            new() { Name = "Agent", Offers = "オフィス・店舗の賃貸物件の仲介" },
            new() { Name = "Tenant", Needs = "駅近の小さなオフィスを借りたい" },
        ];
        var index = CommunityIndex.Build(people);
        var loose = CommunityIndex.Build(people, options: MatchingOptions.Default with { MinSpecificScore = 0 });

        Assert.True(loose.CanHelp(0, 1), "オフィス ↔ 事務所 alone scores above the floor");
        Assert.False(index.CanHelp(0, 1));
        Assert.True(index.CanHelp(2, 3));
    }

    [Fact]
    public void CanHelp_OfferNamingOtherLanguagesOnly_DoesNotMeetANeedNamingOne()
    {
        Profile[] people =
        [
            new() { Name = "Jessica", Offers = "Mandarin and Cantonese interpreting for business meetings" },
            new() { Name = "清水", Offers = "ビジネス通訳（日英）、商談のアテンド" },
            new() { Name = "Pat", Offers = "Interpreting for business meetings" },
            new() { Name = "中島", Needs = "海外バイヤーとの商談に同席してくれる英語の通訳" },
        ];
        var index = CommunityIndex.Build(people);
        var alone = CommunityIndex.Build([people[0], people[3]], options: MatchingOptions.Default with { RespectLanguages = false });
        var rules = CommunityIndex.Build(people, options: MatchingOptions.Default with { Confidence = null });

        Assert.True(alone.CanHelp(0, 1), "interpreting for 商談 matches without the rule");
        Assert.False(index.CanHelp(0, 3));
        Assert.True(index.CanHelp(1, 3));
        // The rules let Pat through; the confidence model then shows him only when he is close to 清水, the more probable
        // alternative (HelpConfidence.ShareOfMostProbable), which is not what this test is about.
        Assert.True(rules.CanHelp(2, 3), "an offer that names no language says nothing against the need");
    }

    [Fact]
    public void CanHelp_OfferStatingItsWorkingLanguage_DoesNotMeetSomeoneWhoListsOthersOnly()
    {
        Profile[] people =
        [
            new() { Name = "Alex", Offers = "Online shop design for craft makers, done in English", Languages = ["en"] },
            new() { Name = "Rui", Offers = "Online shop design for craft makers, in English and Japanese", Languages = ["en", "ja"] },
            new() { Name = "Kai", Offers = "Online shop design for craft makers", Languages = ["en"] },
            new() { Name = "陶芸家", Needs = "陶器を売るオンラインショップのデザイン", Languages = ["ja"] },
        ];
        var index = CommunityIndex.Build(people);
        var alone = CommunityIndex.Build(people, options: MatchingOptions.Default with { RespectLanguages = false });

        Assert.True(alone.CanHelp(0, 3), "the shop design matches without the rule");
        Assert.False(index.CanHelp(0, 3));
        Assert.True(index.CanHelp(1, 3), "Japanese is named beside the medium");
        Assert.True(index.CanHelp(2, 3), "an offer that states no working language is not held to one");
    }

    [Fact]
    public void CanHelp_NeedWrittenAsAVerb_IsRuledOutByTheTradesNoun()
    {
        Profile[] people =
        [
            new() { Name = "工場", Offers = "真鍮部品の溶接・組立。切削加工はやっていません" },
            new() { Name = "試作", Needs = "真鍮の部品を削ってくれる工場" },
        ];
        var index = CommunityIndex.Build(people);
        var anyway = CommunityIndex.Build(people, options: MatchingOptions.Default with { RespectRestrictions = false });

        Assert.True(anyway.CanHelp(0, 1), "真鍮 and 部品 match without the restriction");
        Assert.False(index.CanHelp(0, 1), "削って is 切削, which the offer rules out");
    }

    [Fact]
    public void CanHelp_OfferOfSeveralServices_PlaysTheRoleOfTheServiceTheNeedShares()
    {
        Profile[] people =
        [
            new() { Name = "Teacher", Offers = "相続の相談、記帳の指導" },
            new() { Name = "Doer", Offers = "相続の相談、記帳代行" },
            new() { Name = "Owner", Needs = "毎月の記帳を代わりにやってくれる人" },
            new() { Name = "Learner", Needs = "記帳のやり方を習いたい" },
        ];
        var index = CommunityIndex.Build(people);

        var teacherForOwner = index.CanHelp(0, 2);
        var doerForOwner = index.CanHelp(1, 2);
        var teacherForLearner = index.CanHelp(0, 3);

        Assert.False(teacherForOwner);
        Assert.True(doerForOwner);
        Assert.True(teacherForLearner);
    }

    [Fact]
    public void CanHelp_SameFieldAnotherKindOfThing_IsFalse()
    {
        Profile[] people =
        [
            new() { Name = "Web", Offers = "ホームページのデザイン、名刺のデザイン" },
            new() { Name = "Package", Offers = "お菓子のパッケージデザイン" },
            new() { Name = "Maker", Needs = "新商品のパッケージのデザインをしてくれるデザイナー" },
        ];
        var index = CommunityIndex.Build(people);

        var web = index.CanHelp(0, 2);
        var package = index.CanHelp(1, 2);

        Assert.False(web);
        Assert.True(package);
    }

    [Fact]
    public void CanHelp_NeedOfSeveralRequests_HoldsEachHelperToTheRequestTheyShare()
    {
        Profile[] people =
        [
            new() { Name = "Planner", Offers = "企業イベントの企画運営、会場のコーディネート" },
            new() { Name = "Space", Offers = "貸し会議室（30名まで）" },
            new() { Name = "Translator", Offers = "英語の資料の翻訳" },
            new() { Name = "Organizer", Needs = "英語の資料を訳してくれる人、20人で使える会場" },
        ];

        // The rules alone: the confidence model and the share of the best judge a pool this small by other things.
        var index = CommunityIndex.Build(people, options: MatchingOptions.Default with { Confidence = null, MinShareOfBest = 0 });

        var planner = index.CanHelp(0, 3);
        var space = index.CanHelp(1, 3);
        var translator = index.CanHelp(2, 3);

        Assert.Equal((false, true, true), (planner, space, translator));
    }

    [Fact]
    public void CanHelp_InterpreterBetweenAnotherPair_DoesNotMeetANeedNamingOneOfIt()
    {
        Profile[] people =
        [
            new() { Name = "Ana", Offers = "Spanish–English interpreting at trade fairs", Languages = ["es", "en"] },
            new() { Name = "小林", Offers = "展示会の通訳（日英）", Languages = ["ja", "en"] },
            new() { Name = "工場長", Needs = "展示会で英語の通訳をお願いしたい", Languages = ["ja"] },
            new() { Name = "Sam", Needs = "A Japanese–English interpreter at a trade fair", Languages = ["en"] },
        ];
        var index = CommunityIndex.Build(people);
        var alone = CommunityIndex.Build(people, options: MatchingOptions.Default with { RespectLanguages = false, Confidence = null });

        Assert.True(alone.CanHelp(0, 2), "trade-fair interpreting matches without the rule");
        Assert.False(index.CanHelp(0, 2), "English is in the pair, but the other end is Spanish, which the asker does not list");
        Assert.False(index.CanHelp(0, 3), "Japanese is not in the pair");
        Assert.True(index.CanHelp(1, 2));
        Assert.True(index.CanHelp(1, 3));
    }

    [Fact]
    public void ExplainHelp_ReasonsThatRestOnlyOnASetting_AreLeftOutBesideRealOnes()
    {
        Profile[] people =
        [
            new() { Name = "Ben", Offers = "Video production and drone footage for events and hotels" },
            new() { Name = "川口", Offers = "交流会・企業イベントの企画運営、venue coordination" },
            new() { Name = "主催者", Needs = "会場, a venue for 50 people, 動画撮影" },
        ];
        var index = CommunityIndex.Build(people);

        var video = index.ExplainHelp(0, 2).Reasons;
        var venue = index.ExplainHelp(1, 2).Reasons;

        Assert.Equal(["Video production ↔ 動画撮影"], video);
        Assert.Contains("venue ↔ 会場", venue);
        Assert.DoesNotContain(venue, r => r.Contains("動画撮影", StringComparison.Ordinal));
    }

    [Fact]
    public void ExplainHelp_QuotesBothPeoplesOwnWords()
    {
        var index = Index(Designer, Cafe);

        var match = index.ExplainHelp(0, 1);

        Assert.Contains(match.Reasons, r => r.Contains("ホームページ制作", StringComparison.Ordinal) && r.Contains("website", StringComparison.Ordinal));
    }

    [Fact]
    public void SuggestAll_GivesEveryoneAnEntry_BestFirst_OnlyAboveZero_AtMostTop()
    {
        var people = ProfileCsv.Read(Path.Combine(AppContext.BaseDirectory, "Matching", "Evaluation", "people.csv")).Profiles;
        var index = CommunityIndex.Build(people);

        var all = index.SuggestAll(top: 3);

        Assert.Equal(Enumerable.Range(0, people.Count), all.Select(s => s.Person));
        Assert.All(all, s =>
        {
            Assert.InRange(s.Introductions.Count, 0, 3);
            Assert.All(s.Introductions, m => Assert.True(m.Score > 0 && m.Person != s.Person));
            Assert.Equal(s.Introductions.OrderByDescending(m => m.Score).Select(m => m.Person), s.Introductions.Select(m => m.Person));
            Assert.All(s.Introductions, m => Assert.NotEmpty(m.Reasons));
            Assert.All(s.Starters, m => Assert.NotEmpty(m.Reasons));
        });
    }

    [Fact]
    public void SuggestAll_AgreesWithPairwiseScores_AndIsDeterministic()
    {
        var people = ProfileCsv.Read(Path.Combine(AppContext.BaseDirectory, "Matching", "Evaluation", "people.csv")).Profiles;
        var index = CommunityIndex.Build(people);

        var first = index.SuggestAll(top: 5);
        var second = CommunityIndex.Build(people).SuggestAll(top: 5);

        Assert.All(first, s => Assert.All(s.Introductions, m => Assert.Equal(index.Help(m.Person, s.Person), m.Score, 5)));
        Assert.Equal(first.SelectMany(s => s.Introductions.Select(m => (s.Person, m.Person))), second.SelectMany(s => s.Introductions.Select(m => (s.Person, m.Person))));
    }

    [Fact]
    public void Suggestions_ReadBackwardsFromSeveralThreads_AreThoseOfSuggestAll()
    {
        var people = ProfileCsv.Read(Path.Combine(AppContext.BaseDirectory, "Matching", "Evaluation", "people.csv")).Profiles;
        var index = CommunityIndex.Build(people);

        var lazy = index.Suggestions(top: 5);
        var read = new PersonSuggestions[lazy.Count];
        Parallel.For(0, lazy.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => read[lazy.Count - 1 - i] = lazy[lazy.Count - 1 - i]);
        var all = index.SuggestAll(top: 5);

        Assert.Equal(people.Count, lazy.Count);
        Assert.Equal(Describe(all), Describe(read));
        Assert.Equal(Describe(all), Describe(lazy));
    }

    private static IEnumerable<string> Describe(IEnumerable<PersonSuggestions> suggestions) =>
        suggestions.Select(s => $"{s.Person}: {string.Join("; ", s.Introductions.Select(m => $"{m.Person} {m.Score} {string.Join(", ", m.Reasons)}"))} | {string.Join("; ", s.Starters.Select(m => $"{m.Person} {m.Score} {string.Join(", ", m.Reasons)}"))}");

    [Fact]
    public void SuggestAll_TiesAreBrokenByCommunityOrder()
    {
        var seeker = new Profile { Name = "Seeker", Needs = "tax return" };
        var twin = new Profile { Name = "Twin", Offers = "tax return" };
        var index = Index(seeker, twin, twin with { Name = "Twin 2" }, twin with { Name = "Twin 3" });

        var helpers = index.SuggestAll(top: 2)[0].Introductions.Select(m => m.Person);

        Assert.Equal([1, 2], helpers);
    }

    [Fact]
    public void ValueMatrix_IsSymmetric_AndEqualsValue()
    {
        var index = Index(Designer, OtherDesigner, Accountant, Cafe);

        var matrix = index.ValueMatrix();

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(0, matrix[(i * 4) + i]);
            for (var j = 0; j < 4; j++)
            {
                Assert.Equal(matrix[(i * 4) + j], matrix[(j * 4) + i]);
                Assert.Equal(index.Value(i, j), matrix[(i * 4) + j], 5);
            }
        }
    }

    [Fact]
    public void Help_OfferThatRulesTheNeedOut_IsZero()
    {
        var bookkeeper = new Profile { Name = "木下 健司", Offers = "記帳代行・給与計算（税務申告は受けていません）", Needs = "クラウド会計の導入", Interests = "将棋" };
        var freelancer = new Profile { Name = "岡本 里奈", Offers = "英日翻訳", Needs = "税務申告をお願いしたい", Interests = "猫" };
        var index = Index(bookkeeper, freelancer);

        var help = index.Help(0, 1);

        Assert.Equal(0, help);
    }

    [Fact]
    public void Help_OtherClausesOfAnOfferThatRulesSomethingOut_StillCount()
    {
        var bookkeeper = new Profile { Name = "木下 健司", Offers = "記帳代行・給与計算（税務申告は受けていません）", Needs = "クラウド会計の導入", Interests = "将棋" };
        var shop = new Profile { Name = "Emma Wilson", Offers = "Catering", Needs = "記帳代行をお願いしたい", Interests = "wine" };
        var index = Index(bookkeeper, shop);

        var match = index.ExplainHelp(0, 1);

        Assert.True(match.Score > 0);
        Assert.Contains(match.Reasons, r => r.Contains("記帳代行", StringComparison.Ordinal));
    }

    [Fact]
    public void RankHelpers_BelowTheMinimumHelpScore_SuggestsNobody()
    {
        var people = new[] { Designer, Accountant, Cafe };
        var open = CommunityIndex.Build(people, options: MatchingOptions.Default with { MinHelpScore = 0, MinSpecificScore = 0 });
        var strict = CommunityIndex.Build(people, options: MatchingOptions.Default with { MinHelpScore = 1.01 });

        var some = open.RankHelpers(2, 3);
        var none = strict.RankHelpers(2, 3);

        Assert.NotEmpty(some);
        Assert.Empty(none);
        Assert.True(open.CanHelp(0, 2));
        Assert.False(strict.CanHelp(0, 2));
        Assert.All(strict.SuggestAll(3), s => Assert.Empty(s.Introductions));
    }

    [Fact]
    public void RankHelpers_NeedAskingForALanguage_LeavesOutHelpersWhoDoNotSpeakIt()
    {
        var japaneseOnly = new Profile { Name = "税理士 太郎", Offers = "確定申告、tax returns", Needs = "ロゴ", Interests = "囲碁", Languages = ["ja"] };
        var bilingual = new Profile { Name = "Mia Sato", Offers = "確定申告、tax returns", Needs = "logo", Interests = "go", Languages = ["ja", "en"] };
        var newcomer = new Profile { Name = "Tom Becker", Offers = "Bike repair", Needs = "An English-speaking accountant for my tax return", Interests = "cycling", Languages = ["en"] };
        var index = Index(japaneseOnly, bilingual, newcomer);

        var helpers = index.RankHelpers(2, 3).Select(h => h.Person).ToList();

        Assert.Equal([1], helpers);
        Assert.True(index.Help(0, 2) > 0, "the score itself is unchanged; only the suggestion is withheld");
        Assert.False(index.CanHelp(0, 2));
    }

    [Theory]
    [InlineData("A tax accountant who speaks English, for my tax return", "en")]
    [InlineData("英語が話せる税理士（確定申告）", "ja")]
    public void RankHelpers_NeedAskingForSomeoneWhoSpeaksALanguage_LeavesOutHelpersWhoDoNotSpeakIt(string need, string asker)
    {
        var japaneseOnly = new Profile { Name = "税理士 花子", Offers = "確定申告、tax returns、税理士", Needs = "ロゴ", Interests = "囲碁", Languages = ["ja"] };
        var bilingual = new Profile { Name = "Ken Mori", Offers = "確定申告、tax returns、税理士", Needs = "logo", Interests = "go", Languages = ["ja", "en"] };
        var newcomer = new Profile { Name = "Sam Lee", Offers = "Bike repair", Needs = need, Interests = "cycling", Languages = [asker] };
        var index = Index(japaneseOnly, bilingual, newcomer);

        var helpers = index.RankHelpers(2, 3).Select(h => h.Person).ToList();

        Assert.Equal([1], helpers);
        Assert.True(index.Help(0, 2) > 0, "the score itself is unchanged; only the suggestion is withheld");
    }

    [Fact]
    public void RankHelpers_JapaneseNeedAskingForAnEnglishSpeaker_IsMetByAnOfferForForeignResidents()
    {
        var expatsOnly = new Profile { Name = "村上 浩", Offers = "Tax returns for expats（英語対応の税理士）", Needs = "ロゴ", Interests = "囲碁", Languages = ["ja", "en"] };
        var asker = new Profile { Name = "佐野 学", Offers = "ビザ申請のサポート", Needs = "英語が話せる税理士とのつながり", Interests = "登山", Languages = ["ja"] };
        var residentOwn = new Profile { Name = "野村 晴", Offers = "花屋", Needs = "確定申告をお願いできる税理士", Interests = "釣り", Languages = ["ja"] };
        var serving = new Profile { Name = "安田 桃", Offers = "カフェ", Needs = "確定申告をお願いできる税理士、English-speaking customers", Interests = "猫", Languages = ["ja", "en"] };
        var index = Index(expatsOnly, asker, residentOwn, serving);

        Assert.Equal([0], index.RankHelpers(1, 3).Select(h => h.Person));
        // A Japanese resident's own need is still no match for an offer to foreign residents only, nor is one that names
        // English-speaking customers: they are whom the asker serves.
        Assert.Empty(index.RankHelpers(2, 3));
        Assert.Empty(index.RankHelpers(3, 3));
    }

    [Fact]
    public void Help_LanguageNamedAsMedium_IsNoTopic()
    {
        var translator = new Profile { Name = "Daniel Roberts", Offers = "English translation and English lessons", Needs = "JLPT tutor", Interests = "sake", Languages = ["en", "ja"] };
        var investor = new Profile { Name = "Jessica Wong", Offers = "Interpreting", Needs = "Advice in English on opening a NISA account", Interests = "hiking", Languages = ["en"] };
        var index = Index(translator, investor);

        var help = index.Help(0, 1);

        Assert.Equal(0, help);
    }

    [Fact]
    public void RankHelpers_BestHelpersDoNotSpeakTheLanguageAsked_RanksDeeperForOneWhoDoes()
    {
        Profile Accountant(string name, string offers, params string[] languages) => new() { Name = name, Offers = offers, Needs = "ロゴ", Interests = "囲碁", Languages = languages };
        var people = new[]
        {
            new Profile { Name = "Tom Becker", Offers = "Bike repair", Needs = "An English-speaking accountant for my tax return", Interests = "cycling", Languages = ["en"] },
            Accountant("税理士 一郎", "accountant, tax return", "ja"),
            Accountant("税理士 二郎", "accountant, tax return", "ja"),
            Accountant("税理士 三郎", "accountant, tax return", "ja"),
            Accountant("Priya Nair", "tax return and bookkeeping, accountant, payroll, audits, visas", "en", "ja"),
        };
        var index = Index(people);

        var helpers = index.RankHelpers(0, 1);
        var suggested = index.SuggestAll(1)[0].Introductions;

        Assert.Equal(4, Assert.Single(helpers).Person);
        Assert.Equal(4, Assert.Single(suggested).Person);
    }

    [Fact]
    public void Help_OfferToIntroduceSomeoneElse_IsNoOfferOfTheirService()
    {
        var bookkeeper = new Profile { Name = "木下 健司", Offers = "記帳代行（顧問弁護士をご紹介します）", Needs = "ロゴ", Interests = "囲碁" };
        var shop = new Profile { Name = "藤田 拓", Offers = "雑貨の販売", Needs = "顧問弁護士", Interests = "釣り" };
        var index = Index(bookkeeper, shop);

        var help = index.Help(0, 1);

        Assert.Equal(0, help);
    }

    [Fact]
    public void CanHelp_NeedForWhatTheOfferRulesOut_IsFalse()
    {
        var corporate = new Profile { Name = "三浦 さとみ", Offers = "外資系法人の税務顧問・法人税申告。個人の確定申告は受けていません", Needs = "ロゴ", Interests = "囲碁" };
        var coder = new Profile { Name = "高橋 大輔", Offers = "Webサイトのコーディング・WordPress実装。デザインはやっていません", Needs = "ロゴ", Interests = "囲碁" };
        var shop = new Profile { Name = "藤田 拓", Offers = "雑貨の販売", Needs = "確定申告を任せられる税理士、ホームページをデザインから作ってくれる人", Interests = "釣り" };
        var index = Index(corporate, coder, shop);

        var corporateFits = index.CanHelp(0, 2);
        var coderFits = index.CanHelp(1, 2);

        Assert.True(index.Help(0, 2) > 0 && index.Help(1, 2) > 0, "the words still match; the suggestion is withheld");
        Assert.False(corporateFits);
        Assert.False(coderFits);
    }

    [Fact]
    public void CanHelp_RestrictionNamingSomethingTheNeedDoesNotAskFor_StillHelps()
    {
        var lawyer = new Profile { Name = "大川 浩", Offers = "企業法務：契約書のリーガルチェック（日本語の契約のみ。英文契約は扱っていません）", Needs = "ロゴ", Interests = "囲碁" };
        var photographer = new Profile { Name = "前田 拓也", Offers = "商品撮影・料理撮影（自社スタジオでの撮影のみ、出張撮影は受けていません）", Needs = "ロゴ", Interests = "囲碁" };
        var shop = new Profile { Name = "松田 恵子", Offers = "器の販売", Needs = "取引先との契約書のチェック、器の写真をスタジオで撮ってくれるカメラマン", Interests = "釣り" };
        // The rules alone: in a community of three the confidence model withholds the lawyer, a weak second candidate (score
        // 0.20 beside the photographer's 0.49), which is the model's call, not a restriction's.
        var index = CommunityIndex.Build([lawyer, photographer, shop], options: MatchingOptions.Default with { Confidence = null });

        var lawyerFits = index.CanHelp(0, 2);
        var photographerFits = index.CanHelp(1, 2);

        Assert.True(lawyerFits);
        Assert.True(photographerFits);
    }

    [Fact]
    public void RankHelpers_TranslationAskedIntoOneLanguage_LeavesOutTranslatorsIntoOthersOnly()
    {
        var intoEnglish = new Profile { Name = "Daniel Roberts", Offers = "Japanese-to-English translation of websites (into English only)", Needs = "ロゴ", Interests = "囲碁" };
        var intoJapanese = new Profile { Name = "岡本 里奈", Offers = "英日翻訳（英語→日本語）：Webサイト・マニュアル", Needs = "ロゴ", Interests = "囲碁" };
        var app = new Profile { Name = "Michael Brown", Offers = "App development", Needs = "Our app's English help pages and website translated into Japanese", Interests = "cycling" };
        var index = Index(intoEnglish, intoJapanese, app);

        var helpers = index.RankHelpers(2, 3).Select(h => h.Person).ToList();

        Assert.Equal([1], helpers);
        Assert.True(index.Help(0, 2) > 0, "the words still match; the suggestion is withheld");
    }

    [Fact]
    public void RankHelpers_HelperFarBelowTheBest_IsNotSuggestedBesideThem()
    {
        var taxAccountant = new Profile { Name = "佐藤 恵美", Offers = "確定申告、税務顧問", Needs = "ロゴ", Interests = "囲碁" };
        var translator = new Profile { Name = "岡本 里奈", Offers = "翻訳、確定申告の書類の英訳", Needs = "ロゴ", Interests = "囲碁" };
        var shop = new Profile { Name = "藤田 拓", Offers = "雑貨の販売", Needs = "確定申告を任せられる税理士、税務顧問", Interests = "釣り" };
        var people = new[] { taxAccountant, translator, shop };
        // The share-of-best rule alone: the shipped confidence model leaves out the translator here too.
        var open = CommunityIndex.Build(people, options: MatchingOptions.Default with { MinShareOfBest = 0, Confidence = null });
        var strict = CommunityIndex.Build(people, options: MatchingOptions.Default with { MinShareOfBest = 0.9, Confidence = null });

        var all = open.RankHelpers(2, 3).Select(h => h.Person).ToList();
        var close = strict.RankHelpers(2, 3).Select(h => h.Person).ToList();

        Assert.Equal([0, 1], all);
        Assert.Equal([0], close);
        Assert.False(strict.CanHelp(1, 2));
        Assert.Equal([0], strict.SuggestAll(3)[2].Introductions.Select(m => m.Person));
    }

    [Fact]
    public void RankHelpers_OfferSharingOnlyWhomItIsFor_IsNotSuggested()
    {
        var makeUp = new Profile { Name = "A", Offers = "舞台や撮影向けのメイク", Needs = "ロゴ", Interests = "囲碁" };
        var photographer = new Profile { Name = "B", Offers = "料理や商品の撮影", Needs = "ロゴ", Interests = "囲碁" };
        var bakery = new Profile { Name = "C", Offers = "パンの販売", Needs = "新商品の撮影をお願いしたい", Interests = "釣り" };
        var alone = Index(makeUp, bakery);
        var withPhotographer = Index(makeUp, photographer, bakery);

        var helpers = alone.RankHelpers(1, 2);
        var photographerFits = withPhotographer.CanHelp(1, 2);

        Assert.Empty(helpers);
        Assert.True(photographerFits);
    }

    [Fact]
    public void RankHelpers_NeedNamingAnEventAsTheSetting_IsNotMetByEventServices()
    {
        var caterer = new Profile { Name = "A", Offers = "Catering for corporate events", Needs = "ロゴ", Interests = "囲碁" };
        var planner = new Profile { Name = "B", Offers = "イベントの企画運営", Needs = "ロゴ", Interests = "囲碁" };
        var potter = new Profile { Name = "C", Offers = "陶芸教室", Needs = "イベントに出展できる機会", Interests = "釣り" };
        var index = Index(caterer, planner, potter);

        var helpers = index.RankHelpers(2, 3);

        Assert.Empty(helpers);
    }

    [Fact]
    public void RankHelpers_SalesPartnerAsked_LeavesOutShopsSellingTheirOwnGoods()
    {
        var shop = new Profile { Name = "A", Offers = "手作り石けんのオンライン販売", Needs = "ロゴ", Interests = "囲碁" };
        var agency = new Profile { Name = "B", Offers = "食品メーカーの営業代行、スーパーへの販路開拓", Needs = "ロゴ", Interests = "囲碁" };
        var maker = new Profile { Name = "C", Offers = "Craft jam made in Nagano", Needs = "A sales partner to get our jam into supermarkets", Interests = "fishing" };
        var index = Index(shop, agency, maker);

        var helpers = index.RankHelpers(2, 3).Select(h => h.Person).ToList();

        Assert.DoesNotContain(0, helpers);
        Assert.Contains(1, helpers);
    }

    [Fact]
    public void RankHelpers_MachineToMaintain_LeavesOutWebsiteMaintenance()
    {
        var web = new Profile { Name = "A", Offers = "ホームページの制作・保守", Needs = "ロゴ", Interests = "囲碁" };
        var mechanic = new Profile { Name = "B", Offers = "業務用機械の修理・保守", Needs = "ロゴ", Interests = "囲碁" };
        var factory = new Profile { Name = "C", Offers = "金属部品の加工", Needs = "工場の機械の保守ができる人", Interests = "釣り" };
        var index = Index(web, mechanic, factory);

        var helpers = index.RankHelpers(2, 3).Select(h => h.Person).ToList();

        Assert.Equal([1], helpers);
    }

    [Fact]
    public void RankHelpers_VerbOfUsingAlone_IsNoMatch()
    {
        var coworking = new Profile { Name = "A", Offers = "シェアオフィスの利用、住所利用", Needs = "ロゴ", Interests = "囲碁" };
        var band = new Profile { Name = "C", Offers = "結婚式の生演奏", Needs = "ライブで使うスピーカーを借りたい", Interests = "釣り" };
        var index = Index(coworking, band);

        var helpers = index.RankHelpers(1, 2);

        Assert.Empty(helpers);
    }
}
