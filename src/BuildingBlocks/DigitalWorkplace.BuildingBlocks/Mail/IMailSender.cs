namespace DigitalWorkplace.BuildingBlocks.Mail;

/// <summary>One e-mail to one person: a plain-text body and its HTML twin.</summary>
public sealed record OutgoingMail(string ToAddress, string ToName, string Subject, string Text, string Html)
{
    /// <summary>Extra headers (<c>List-Unsubscribe</c>, <c>Auto-Submitted</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// What became of a batch: accepted by the server, refused for good (an address it rejects with a 5xx, or one that is
/// not an address), and not sent — the server could not be reached, dropped the session, answered "try later" (4xx),
/// or the host was stopping — with why, for the log.
/// </summary>
public sealed record MailOutcome(IReadOnlyList<OutgoingMail> Sent, IReadOnlyList<OutgoingMail> Refused, IReadOnlyList<OutgoingMail> Unsent, string? Failure);

/// <summary>The mail port: registered only when <see cref="MailOptions.SmtpHost"/> is set.</summary>
public interface IMailSender
{
    /// <summary>Sends the mails over one connection; never throws: every mail is sent, refused or unsent.</summary>
    Task<MailOutcome> SendAsync(IReadOnlyList<OutgoingMail> mails, CancellationToken cancellationToken);
}
