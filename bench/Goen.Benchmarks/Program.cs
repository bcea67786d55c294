using BenchmarkDotNet.Running;
using Goen.Benchmarks;
using Goen.Benchmarks.Matching;
using Goen.Benchmarks.Network;
using Goen.Benchmarks.Seating;
using Goen.Benchmarks.Text;

// Side-by-side comparison commands print wall time, peak memory and the ratio against a peer measured in
// the same run; anything else goes to BenchmarkDotNet's micro-benchmarks.
return args switch
{
    ["--test", ..] => SmokeTest.Run(),
    ["suggest", .. var rest] => SuggestComparison.Run(rest),
    ["suggest-run", .. var rest] => SuggestComparison.RunOne(rest),
    ["suggest-e2e", .. var rest] => SuggestComparison.EndToEnd(rest),
    ["community-csv", .. var rest] => SuggestComparison.WriteCommunity(rest),
    ["trust", .. var rest] => TrustComparison.Run(rest),
    ["pitch", .. var rest] => PitchComparison.Run(rest),
    ["seat", .. var rest] => SeatingComparison.Run(rest),
    ["seat-event", .. var rest] => EventSeatingTiming.Run(rest),
    ["seat-seeds", .. var rest] => SeedSpread.Run(rest),
    ["seat-instance", .. var rest] => InstanceShape.Run(rest),
    ["network", .. var rest] => NetworkTiming.Run(rest),
    ["network-run", .. var rest] => NetworkTiming.RunOne(rest),
    ["seed-burst", .. var rest] => BurstSetup.Seed(rest),
    ["sign-in", .. var rest] => BurstSetup.SignIn(rest),
    ["room", .. var rest] => RoomTiming.Run(rest),
    _ => RunMicro(args),
};

static int RunMicro(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(SmokeTest).Assembly).Run(args);
    return 0;
}
