using BenchmarkDotNet.Attributes;
using Goen.Core.Matching;
using Goen.Core.Profiles;

namespace Goen.Benchmarks.Matching;

/// <summary>
/// What the web app's attendee list costs the engine per request (Goen.Data's AttendeeDirectory): an index
/// over the viewer and the event's attendees, then topics and help both ways for every attendee.
/// </summary>
[MemoryDiagnoser]
public class AttendeeListBenchmarks
{
    private List<Profile> _community = [];

    [Params(70, 300, 1000)]
    public int Attendees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _community = new CommunityGenerator(7).Generate(Attendees + 1);
        _ = Vocabulary.Default;
    }

    [Benchmark]
    public int AttendeeList()
    {
        var index = CommunityIndex.Build(_community);
        var reasons = 0;
        for (var them = 1; them < _community.Count; them++)
        {
            reasons += index.ExplainTalk(0, them).Reasons.Count + index.ExplainHelp(them, 0).Reasons.Count + index.ExplainHelp(0, them).Reasons.Count;
            _ = index.Value(0, them);
        }

        return reasons;
    }
}
