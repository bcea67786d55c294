using Goen.Data;

namespace Goen.Web.Jobs;

/// <summary>
/// A worker that looks for due work every <see cref="Every"/>, or at once when <see cref="Nudge"/>d after something
/// was queued. It never looks while the SQLite file is missing: opening it would create an empty one in its place
/// (/health reports it instead).
/// </summary>
public abstract class NudgeableJob(GoenDatabase database) : BackgroundService
{
    private readonly SemaphoreSlim _nudged = new(0, 1);

    /// <summary>Gets how long the worker waits between looks when nobody nudges it.</summary>
    protected abstract TimeSpan Every { get; }

    /// <summary>Wakes the worker to look now instead of at its next look; call after saving what it should take up.</summary>
    public void Nudge()
    {
        try
        {
            _nudged.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already nudged: the worker has not woken up yet, and one look takes everything due.
        }
    }

    public override void Dispose()
    {
        _nudged.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>One look: does what is due. It must not throw for a failure the next look may not meet.</summary>
    /// <param name="stoppingToken">Stops the work when the app stops.</param>
    /// <returns>A task that completes when the look is done.</returns>
    protected abstract Task LookAsync(CancellationToken stoppingToken);

    /// <summary>Called instead of a look while the SQLite file is missing.</summary>
    /// <param name="file">The missing file.</param>
    protected virtual void DatabaseMissing(string file)
    {
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            if (DatabaseHealthCheck.MissingSqliteFile(database) is { } missing)
            {
                DatabaseMissing(missing);
            }
            else
            {
                await LookAsync(stoppingToken);
            }

            await _nudged.WaitAsync(Every, stoppingToken);
        }
    }
}
