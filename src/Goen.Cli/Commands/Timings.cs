using System.Diagnostics;
using System.Globalization;

namespace Goen.Cli.Commands;

/// <summary>Phase times of a long command on standard error, when <c>GOEN_TIMINGS=1</c> is set: where a run's time goes.</summary>
/// <remarks>The first phase, start-up, runs from the process's start to the command's first line; each later phase
/// from the previous mark. Each phase shows its wall time and the processor time of all threads, which says how well
/// the phase used the cores and is steadier than wall time on a shared machine. Nothing is printed, and nothing
/// measured, when the variable is not set.</remarks>
internal sealed class Timings
{
    private readonly TextWriter? _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _processor;

    private Timings(TextWriter? error)
    {
        _error = error;
        if (error is not null)
        {
            using var process = Process.GetCurrentProcess();
            _processor = Environment.CpuUsage.TotalTime;
            Print("start-up", (DateTime.Now - process.StartTime).TotalMilliseconds, _processor.TotalMilliseconds);
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
            Print(phase, _clock.Elapsed.TotalMilliseconds, (processor - _processor).TotalMilliseconds);
            _processor = processor;
            _clock.Restart();
        }
    }

    private void Print(string phase, double wall, double processor) =>
        _error!.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing {phase}: {wall:F0} ms wall, {processor:F0} ms processor"));
}
