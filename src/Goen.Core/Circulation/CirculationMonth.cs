namespace Goen.Core.Circulation;

/// <summary>The introductions asked in one calendar month, and what came of them.</summary>
/// <param name="Month">The month, as <c>yyyy-MM</c>.</param>
/// <param name="Made">How many introductions were asked in the month.</param>
/// <param name="Accepted">How many of those both sides said yes to.</param>
/// <param name="Met">How many of the accepted ones led to a meeting (including those that led to work).</param>
/// <param name="WorkedTogether">How many of the accepted ones led to working together.</param>
public sealed record CirculationMonth(string Month, int Made, int Accepted, int Met, int WorkedTogether);
