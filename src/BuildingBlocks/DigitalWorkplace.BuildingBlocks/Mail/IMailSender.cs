namespace DigitalWorkplace.BuildingBlocks.Mail;

/// <summary>One e-mail to one person: a plain-text body and its HTML twin.</summary>
public sealed record OutgoingMail(string ToAddress, string ToName, string Subject, string Text, string Html)
{
    /// <summary>Extra headers (<c>List-Unsubscribe</c>, <c>Auto-Submitted</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

/// <summary>The mail port: registered only when <see cref="MailOptions.SmtpHost"/> is set.</summary>
public interface IMailSender
{
    /// <summary>
    /// Sends the mails over one connection and answers those the server refused (a bad address); throws
    /// <see cref="MailUnavailableException"/> when the server cannot be reached or refuses the session, so nothing was sent.
    /// </summary>
    Task<IReadOnlyList<OutgoingMail>> SendAsync(IReadOnlyList<OutgoingMail> mails, CancellationToken cancellationToken);
}

public sealed class MailUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
