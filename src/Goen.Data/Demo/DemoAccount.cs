namespace Goen.Data.Demo;

/// <summary>The account that organizes the demo event, and the event.</summary>
public sealed record DemoAccount(string UserId, string Email, string Password, int EventId);
