using System.Numerics;
using System.Runtime.CompilerServices;

namespace Goen.Core.Matching;

/// <summary>
/// A read-only hash table from positive 64-bit keys to ints, made once from a dictionary: open addressing with linear probing
/// over one array of key–value slots at most half full, so a lookup usually reads one cache line.
/// </summary>
/// <remarks>The trie's character edges are looked up for nearly every character of every profile text. In
/// <see cref="Dictionary{TKey, TValue}"/> a lookup reads a bucket and then an entry elsewhere in memory, two cache misses in a
/// table of 117,000 edges (docs/decisions/0016-suggest-speed.md).</remarks>
internal sealed class EdgeTable
{
    private readonly Slot[] _slots;
    private readonly int _shift;

    /// <summary>Makes the table.</summary>
    /// <param name="entries">The keys, all positive, and their values.</param>
    public EdgeTable(IReadOnlyDictionary<long, int> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, entries.Count)) + 2);
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        var mask = _slots.Length - 1;
        foreach (var (key, value) in entries)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(key, nameof(entries));
            var at = Home(key);
            while (_slots[at].Key != 0)
            {
                at = (at + 1) & mask;
            }

            _slots[at] = new Slot(key, value);
        }
    }

    /// <summary>Gets the value of <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, or 0 when the key is not in the table.</param>
    /// <returns>Whether it is.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(long key, out int value)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var at = Home(key); ; at = (at + 1) & mask)
        {
            var slot = slots[at];
            if (slot.Key == key)
            {
                value = slot.Value;
                return true;
            }

            if (slot.Key == 0)
            {
                value = 0;
                return false;
            }
        }
    }

    // Fibonacci hashing: the key's bits mixed by one multiplication, the top bits taken.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    private readonly record struct Slot(long Key, int Value);
}
