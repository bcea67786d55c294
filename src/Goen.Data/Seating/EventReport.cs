namespace Goen.Data.Seating;

/// <summary>What an event did for its people, in counts only: for its organizer after the event.</summary>
/// <param name="Attendees">People attending (registrations that count).</param>
/// <param name="CheckedIn">Of those, people checked in at the door.</param>
/// <param name="Planned">Whether the event has a finished seating plan.</param>
/// <param name="MetSomeoneNew">People the plan seated with at least one person they had not sat with at this organizer's earlier events.</param>
/// <param name="NewPairs">Pairs the plan seated together for the first time across this organizer's events.</param>
/// <param name="Encounters">Conversations logged at the event by anyone (never who, never the notes).</param>
/// <param name="IntroductionsMade">Introductions made among the event's people.</param>
/// <param name="IntroductionsAccepted">Of those, accepted by both sides.</param>
/// <param name="IntroductionsMet">Of those, that led to a meeting.</param>
/// <param name="IntroductionsWorkedTogether">Of those, that led to work together.</param>
public sealed record EventReport(
    int Attendees,
    int CheckedIn,
    bool Planned,
    int MetSomeoneNew,
    int NewPairs,
    int Encounters,
    int IntroductionsMade,
    int IntroductionsAccepted,
    int IntroductionsMet,
    int IntroductionsWorkedTogether);
