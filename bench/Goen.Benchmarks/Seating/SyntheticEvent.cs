using Goen.Core.Seating;

namespace Goen.Benchmarks.Seating;

/// <summary>Deterministic synthetic events: sparse pair values like real ones, colleagues, hosts.</summary>
/// <remarks>
/// Real pair values are sparse — most pairs share nothing — with a few strong matches, so about 15 % of pairs
/// get a value, skewed towards small numbers.
/// </remarks>
internal static class SyntheticEvent
{
    public static PairValues Values(int people, int seed, double density = 0.15)
    {
        var random = new Random(seed);
        var values = new PairValues(people);
        for (var i = 0; i < people; i++)
        {
            for (var j = i + 1; j < people; j++)
            {
                if (random.NextDouble() < density)
                {
                    var u = random.NextDouble();
                    values[i, j] = Math.Round(100 * u * u, 1);
                }
            }
        }

        return values;
    }

    /// <summary>Gives every tenth person a colleague or two from the same organization.</summary>
    public static string?[] Organizations(int people, int seed)
    {
        var random = new Random(seed + 1);
        var organizations = new string?[people];
        for (var i = 0; i + 2 < people; i += 10)
        {
            var size = 2 + random.Next(2);
            for (var k = 0; k < size; k++)
            {
                organizations[i + k] = $"org{i}";
            }
        }

        return organizations;
    }

    /// <summary>Gets the person who hosts table <paramref name="table"/>: someone without colleagues at the event.</summary>
    public static int Host(int table) => 5 + 10 * table;

    public static SeatingProblem Problem(int people, int rounds, int tableSize, int seed, int hosts, Presence? presence = null, PairValues? values = null)
    {
        var constraints = new SeatingConstraints().KeepApart(Organizations(people, seed));
        for (var h = 0; h < hosts; h++)
        {
            constraints.Pin(Host(h), h);
        }

        presence ??= new Presence(rounds, people);
        var tables = Enumerable.Range(0, rounds)
            .Select(r => TableSpec.Layout(presence.CountPresent(r), tableSize, tableSize - 1, tableSize))
            .ToArray();
        return new SeatingProblem(values ?? Values(people, seed), tables, constraints, presence);
    }
}
