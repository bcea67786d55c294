namespace Goen.Data.Events;

/// <summary>What an attendee import did: people added, people updated (found by their key).</summary>
public sealed record ImportOutcome(int Added, int Updated);
