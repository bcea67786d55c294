namespace Goen.Data;

/// <summary>
/// A row edited in forms: its <see cref="Version"/> is the optimistic-concurrency token, raised by
/// <see cref="GoenDbContext"/> on every save, so a save from a stale form fails instead of overwriting.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
