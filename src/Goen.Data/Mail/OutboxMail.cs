namespace Goen.Data.Mail;

/// <summary>
/// One mail waiting to go out, saved in the same transaction as the change that causes it, so a change is
/// never saved without its mail nor a mail queued for a change that was not saved. A worker sends it
/// (<see cref="SentAt"/> set) or retries it later (<see cref="DueAt"/> moved on).
/// </summary>
public sealed class OutboxMail
{
    public const int AddressLength = 320;
    public const int SubjectLength = 500;
    public const int BodyLength = 20000;

    public long Id { get; set; }

    /// <summary>Gets or sets what the mail is for (for example <c>introduction.ask</c>), for logs and tests.</summary>
    public string Kind { get; set; } = "";

    public string ToAddress { get; set; } = "";

    public string ToName { get; set; } = "";

    /// <summary>Gets or sets the recipient's language (<c>en</c> or <c>ja</c>) the mail is written in.</summary>
    public string Culture { get; set; } = "en";

    public string Subject { get; set; } = "";

    /// <summary>Gets or sets the plain-text body (links in it are absolute).</summary>
    public string TextBody { get; set; } = "";

    /// <summary>Gets or sets the Message-ID the mail goes out with, fixed when queued so a resend is recognisable.</summary>
    public string MessageId { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Gets or sets when the mail may next be tried.</summary>
    public DateTimeOffset DueAt { get; set; }

    /// <summary>Gets or sets until when one sender has claimed the mail; another sender leaves it alone until then.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    /// <summary>Gets or sets which sender (process and instance) holds the claim.</summary>
    public string ClaimedBy { get; set; } = "";

    public int Attempts { get; set; }

    public string LastError { get; set; } = "";

    /// <summary>Gets or sets when the mail was handed to the SMTP server or the pickup folder.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Gets or sets when the worker gave up on it (after too many attempts); it stays for an operator to see.</summary>
    public DateTimeOffset? FailedAt { get; set; }
}
