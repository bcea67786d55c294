using System.Diagnostics;
using System.Globalization;

namespace Goen.Cli.Commands;

/// <summary>Phase times of a long command on standard error, when <c>GOEN_TIMINGS=1</c> is set: where a run's time goes.</summary>
/// <remarks>The first phase, start-up, runs from the process's start to the command's first line; each later phase
/// from the previous mark. Each phase shows its wall time and the processor time of all threads, which says how well
/// the phase used the cores and is steadier than wall time on a shared machine; then the garbage collections it ran (of
/// generations 0/1/2, a collection of generation 2 counting in all three), how long they paused the program, and how much
/// it allocated, and how many methods the JIT compiled (first versions and optimized ones) in how much processor time.
/// Nothing is printed, and nothing measured, when the variable is not set.</remarks>
internal sealed class Timings
{
    private readonly TextWriter? _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _processor;
    private Memory _memory;

    private Timings(TextWriter? error)
    {
        _error = error;
        if (error is not null)
        {
            using var process = Process.GetCurrentProcess();
            _processor = Environment.CpuUsage.TotalTime;
            _memory = Memory.Now();
            Print("start-up", (DateTime.Now - process.StartTime).TotalMilliseconds, _processor.TotalMilliseconds, _memory);
        }
    }

    /// <summary>Starts timing if <c>GOEN_TIMINGS</c> is <c>1</c>.</summary>
    public static Timings Start(TextWriter error) => new(Environment.GetEnvironmentVariable("GOEN_TIMINGS") == "1" ? error : null);

    /// <summary>Ends a phase and prints its time.</summary>
    public void Mark(string phase)
    {
        if (_error is not null)
        {
            var processor = Environment.CpuUsage.TotalTime;
            var memory = Memory.Now();
            Print(phase, _clock.Elapsed.TotalMilliseconds, (processor - _processor).TotalMilliseconds, memory - _memory);
            (_processor, _memory) = (processor, memory);
            _clock.Restart();
        }
    }

    private void Print(string phase, double wall, double processor, Memory memory) =>
        _error!.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing {phase}: {wall:F0} ms wall, {processor:F0} ms processor, gc {memory.Gen0}/{memory.Gen1}/{memory.Gen2} paused {memory.Paused.TotalMilliseconds:F0} ms, {memory.Allocated / 1e6:F0} MB allocated, {memory.Compiled} methods compiled in {memory.Compiling.TotalMilliseconds:F0} ms"));

    /// <summary>The collector's counters since the process started.</summary>
    private readonly record struct Memory(int Gen0, int Gen1, int Gen2, TimeSpan Paused, long Allocated, long Compiled, TimeSpan Compiling)
    {
        public static Memory Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(), System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());

        public static Memory operator -(Memory a, Memory b) => new(a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.Paused - b.Paused, a.Allocated - b.Allocated, a.Compiled - b.Compiled, a.Compiling - b.Compiling);
    }
}
