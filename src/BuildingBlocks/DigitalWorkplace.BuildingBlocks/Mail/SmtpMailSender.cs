using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace DigitalWorkplace.BuildingBlocks.Mail;

/// <summary>SMTP through MailKit: one connection for a batch, authenticated when an account is configured.</summary>
internal sealed class SmtpMailSender(MailOptions options) : IMailSender
{
    private readonly MailboxAddress _from = MailboxAddress.Parse(options.From ?? throw new InvalidOperationException("Mail:From must name the sender."));

    public async Task<MailOutcome> SendAsync(IReadOnlyList<OutgoingMail> mails, CancellationToken cancellationToken)
    {
        var sent = new List<OutgoingMail>();
        var refused = new List<OutgoingMail>();
        var messages = new List<(OutgoingMail Mail, MimeMessage Message)>();
        foreach (var mail in mails)
        {
            if (Message(mail) is { } message)
            {
                messages.Add((mail, message));
            }
            else
            {
                refused.Add(mail);
            }
        }

        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        var next = 0;
        try
        {
            if (messages.Count > 0)
            {
                await client.ConnectAsync(options.SmtpHost!, options.SmtpPort, SecurityOf(options.Security), cancellationToken);
                if (!string.IsNullOrEmpty(options.UserName))
                {
                    await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
                }
            }

            for (; next < messages.Count; next++)
            {
                try
                {
                    await client.SendAsync(messages[next].Message, cancellationToken);
                    sent.Add(messages[next].Mail);
                }
                catch (SmtpCommandException e) when (e.ErrorCode == SmtpErrorCode.RecipientNotAccepted && (int)e.StatusCode >= 500)
                {
                    // This address, for good; the session goes on with the others.
                    refused.Add(messages[next].Mail);
                }
            }

            await client.DisconnectAsync(quit: true, cancellationToken);
            return new MailOutcome(sent, refused, [], null);
        }
        catch (Exception e)
        {
            // Unreachable, refused the session, "try later", dropped, or the host stopping: what was not sent waits.
            return new MailOutcome(sent, refused, [.. messages.Skip(next).Select(m => m.Mail)], $"{options.SmtpHost}:{options.SmtpPort}: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>The MIME message, or null when the address is not one MimeKit can write.</summary>
    private MimeMessage? Message(OutgoingMail mail)
    {
        if (!MailboxAddress.TryParse(mail.ToAddress, out var to))
        {
            return null;
        }

        to.Name = mail.ToName;
        var message = new MimeMessage { Subject = mail.Subject, Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody() };
        message.From.Add(_from);
        message.To.Add(to);
        foreach (var (name, value) in mail.Headers)
        {
            message.Headers.Add(name, value);
        }

        return message;
    }

    private static SecureSocketOptions SecurityOf(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
