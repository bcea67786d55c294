using Goen.Core.Matching;
using Goen.Core.Profiles;

namespace Goen.Core.Tests.Matching;

/// <summary>A need's setting (NeedSettings) counts towards the score but cannot carry a match alone.</summary>
public partial class CommunityIndexTests
{
    [Theory]
    [InlineData("Sponsors for our summer hackathon", "Hackathon mentoring and judging", "Finding sponsors for tech events")]
    [InlineData("Corporate clients for team-building retreats", "Team-building retreats in the mountains", "Introductions to new corporate clients for trainers")]
    [InlineData("ヨガ教室の生徒さん集め", "ヨガ教室の運営", "習い事教室の生徒集めのお手伝い")]
    [InlineData("採用説明会の動画", "採用説明会の司会", "動画の撮影と編集")]
    public void CanHelp_OfferSharingOnlyTheSettingOfTheNeed_IsNoHelp_ButOneMeetingItsHeadIs(string need, string settingOnly, string head)
    {
        Profile[] people =
        [
            new() { Name = "Asker", Needs = need },
            new() { Name = "Setting", Offers = settingOnly },
            new() { Name = "Head", Offers = head },
        ];
        var alone = CommunityIndex.Build(people[..2]);
        var loose = CommunityIndex.Build(people[..2], options: MatchingOptions.Default with { MinSpecificScore = 0, Confidence = null });
        var all = CommunityIndex.Build(people);

        Assert.True(loose.CanHelp(1, 0), "the setting alone scores above the floor");
        Assert.False(alone.CanHelp(1, 0));
        Assert.True(all.CanHelp(2, 0));
    }

    [Theory]
    [InlineData("Corporate clients for leadership workshops", "Sales outsourcing: we win corporate clients")]
    [InlineData("ヨガレッスンに来てくれる生徒さん", "生徒集めの営業代行")]
    public void CanHelp_NeedForClientsOfALesson_AsksForNoTeacher(string need, string offer)
    {
        Profile[] people =
        [
            new() { Name = "Asker", Needs = need },
            new() { Name = "Agent", Offers = offer },
        ];

        var index = CommunityIndex.Build(people);

        Assert.True(index.CanHelp(1, 0), "someone who wins clients for others meets a need for clients, whatever they are for");
    }
}
