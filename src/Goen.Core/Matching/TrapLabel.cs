namespace Goen.Core.Matching;

/// <summary>Someone who looks like a helper for a person's need but cannot help.</summary>
/// <param name="Person">The name of the person with the need.</param>
/// <param name="Trap">The name of the person who must not be suggested.</param>
/// <param name="Kind">Why they look right: <c>surface</c>, <c>broad</c>, <c>restriction</c>, <c>language</c>, <c>direction</c> or <c>peer</c>.</param>
public sealed record TrapLabel(string Person, string Trap, string Kind);
