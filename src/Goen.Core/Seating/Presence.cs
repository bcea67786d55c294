namespace Goen.Core.Seating;

/// <summary>Who is present in which round of an event: late arrivals, early departures and no-shows.</summary>
/// <remarks>Everyone is present in every round until marked otherwise.</remarks>
public sealed class Presence
{
    private readonly bool[] _absent;

    /// <summary>Creates the presence of <paramref name="personCount"/> people over <paramref name="roundCount"/> rounds, everyone present.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public Presence(int roundCount, int personCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(roundCount);
        ArgumentOutOfRangeException.ThrowIfNegative(personCount);
        RoundCount = roundCount;
        PersonCount = personCount;
        _absent = new bool[roundCount * personCount];
    }

    /// <summary>Gets the number of rounds.</summary>
    public int RoundCount { get; }

    /// <summary>Gets the number of people.</summary>
    public int PersonCount { get; }

    /// <summary>Gets whether <paramref name="person"/> is present in <paramref name="round"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The round or the person is out of range.</exception>
    public bool IsPresent(int round, int person) => !_absent[Index(round, person)];

    /// <summary>Marks <paramref name="person"/> present or absent in one round.</summary>
    /// <returns>This object, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The round or the person is out of range.</exception>
    public Presence Set(int round, int person, bool present)
    {
        _absent[Index(round, person)] = !present;
        return this;
    }

    /// <summary>Marks <paramref name="person"/> absent in every round before <paramref name="round"/>.</summary>
    /// <returns>This object, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The round or the person is out of range.</exception>
    public Presence ArrivesAt(int round, int person)
    {
        Index(round, person);
        for (var r = 0; r < round; r++)
        {
            _absent[Index(r, person)] = true;
        }

        return this;
    }

    /// <summary>Marks <paramref name="person"/> absent from <paramref name="round"/> on; round 0 makes a no-show.</summary>
    /// <returns>This object, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The round or the person is out of range.</exception>
    public Presence LeavesBefore(int round, int person)
    {
        Index(round, person);
        for (var r = round; r < RoundCount; r++)
        {
            _absent[Index(r, person)] = true;
        }

        return this;
    }

    /// <summary>Gets the number of people present in <paramref name="round"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The round is out of range.</exception>
    public int CountPresent(int round)
    {
        var count = 0;
        for (var person = 0; person < PersonCount; person++)
        {
            count += IsPresent(round, person) ? 1 : 0;
        }

        return count;
    }

    private int Index(int round, int person)
    {
        if ((uint)round >= (uint)RoundCount)
        {
            throw new ArgumentOutOfRangeException(nameof(round), round, $"A round must be in 0..{RoundCount - 1}.");
        }

        if ((uint)person >= (uint)PersonCount)
        {
            throw new ArgumentOutOfRangeException(nameof(person), person, $"A person must be in 0..{PersonCount - 1}.");
        }

        return round * PersonCount + person;
    }
}
