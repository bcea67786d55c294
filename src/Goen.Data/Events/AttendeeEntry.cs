using Goen.Core.Profiles;
using Goen.Data.People;

namespace Goen.Data.Events;

/// <summary>
/// One attendee as the viewer sees them, with what the engine found between them: topics to ask about,
/// what they could help the viewer with, and what the viewer could help them with.
/// </summary>
public sealed record AttendeeEntry(
    SharedProfile Profile,
    AttendeeStatus Status,
    AttendanceSource Source,
    bool IsViewer,
    IReadOnlyList<string> AskAbout,
    IReadOnlyList<string> TheyCanHelpWith,
    IReadOnlyList<string> YouCanHelpWith,
    double Score);
