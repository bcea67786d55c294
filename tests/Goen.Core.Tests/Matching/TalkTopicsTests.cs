using Goen.Core.Matching;
using Goen.Core.Profiles;

namespace Goen.Core.Tests.Matching;

public class TalkTopicsTests
{
    [Fact]
    public void Of_OnePair_ShowsTheirWordsFirst_WithoutArrows()
    {
        Assert.Equal(["hiking (登山)", "猫"], TalkTopics.Of(["hiking ↔ 登山", "猫"]));
    }

    [Fact]
    public void Merge_WordsThatMatchedEachOther_AreOneTopic_Once()
    {
        var topics = TalkTopics.Merge([("hiking ↔ 登山", 0.5), ("登山", 0.9), ("猫", 0.3), ("ＷＩＮＥ", 0.2), ("wine ↔ ワイン", 0.2)], 3);

        Assert.Equal(["登山 (hiking)", "ＷＩＮＥ (ワイン)", "猫"], topics);
    }

    [Fact]
    public void Merge_KeepsTheHeaviest_UpToMax()
    {
        var topics = TalkTopics.Merge([("golf", 0.1), ("jazz", 0.4), ("sake ↔ 日本酒", 0.3), ("cats", 0.2)], 2);

        Assert.Equal(["jazz", "sake (日本酒)"], topics);
    }

    [Fact]
    public void MatchSides_SplitsAtTheArrow_AndRepeatsSharedWords()
    {
        Assert.Equal(("記帳代行", "経理"), Match.Sides("記帳代行 ↔ 経理"));
        Assert.Equal(("golf", "golf"), Match.Sides("golf"));
    }

    [Fact]
    public void Of_TheEnginesReasons_AcrossLanguages_ReadAsOneTopic()
    {
        var index = CommunityIndex.Build([
            new Profile { Name = "A", Interests = "登山、猫" },
            new Profile { Name = "B", Interests = "hiking, cats" },
        ]);

        var reasons = index.ExplainTalk(0, 1).Reasons;
        var topics = TalkTopics.Of(reasons);

        Assert.NotEmpty(reasons);
        Assert.All(topics, t => Assert.DoesNotContain("↔", t, StringComparison.Ordinal));
        Assert.Contains(topics, t => t.Contains("hiking", StringComparison.Ordinal) && t.Contains("登山", StringComparison.Ordinal));
    }
}
