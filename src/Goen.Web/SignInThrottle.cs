using System.Collections.Concurrent;

namespace Goen.Web;

/// <summary>
/// Slows password guessing without letting a stranger lock the owner out: after five wrong passwords for one
/// account from one client address, that address may not try that account for five minutes; the owner, from
/// anywhere else, signs in as usual. (Identity's own lockout counts per account, so five wrong guesses from
/// anyone locked the owner out too.) The count is kept in memory, per web instance.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    /// <summary>Wrong passwords allowed per account and address within <see cref="Window"/>.</summary>
    public const int Tries = 5;

    /// <summary>How long the failures count and the address waits after the last allowed one.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Since)> _failures = new(StringComparer.Ordinal);

    /// <summary>Whether this address must wait before trying this account again.</summary>
    /// <param name="email">The address typed in.</param>
    /// <param name="client">The client's network address.</param>
    /// <returns><see langword="true"/> when it has used up its tries.</returns>
    public bool IsBlocked(string email, string? client) =>
        _failures.TryGetValue(Key(email, client), out var entry) && entry.Failures >= Tries && clock.GetUtcNow() - entry.Since < Window;

    /// <summary>Counts a wrong password.</summary>
    /// <param name="email">The address typed in.</param>
    /// <param name="client">The client's network address.</param>
    public void Failed(string email, string? client)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count > 100_000)
        {
            foreach (var stale in _failures.Where(f => now - f.Value.Since >= Window).Select(f => f.Key).ToList())
            {
                _failures.TryRemove(stale, out _);
            }
        }

        _failures.AddOrUpdate(Key(email, client), (1, now), (_, entry) => now - entry.Since >= Window ? (1, now) : (entry.Failures + 1, entry.Since));
    }

    /// <summary>Forgets the failures after a right password.</summary>
    /// <param name="email">The address typed in.</param>
    /// <param name="client">The client's network address.</param>
    public void Succeeded(string email, string? client) => _failures.TryRemove(Key(email, client), out _);

    private static string Key(string email, string? client) => email.Trim().ToUpperInvariant() + "|" + (client ?? "");
}
