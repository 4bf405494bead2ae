using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace DigitalWorkplace.BuildingBlocks.Mail;

/// <summary>SMTP through MailKit: one connection for a batch, authenticated when an account is configured.</summary>
internal sealed class SmtpMailSender(MailOptions options) : IMailSender
{
    private readonly MailboxAddress _from = MailboxAddress.Parse(options.From ?? throw new InvalidOperationException("Mail:From must name the sender."));

    public async Task<IReadOnlyList<OutgoingMail>> SendAsync(IReadOnlyList<OutgoingMail> mails, CancellationToken cancellationToken)
    {
        if (mails.Count == 0)
        {
            return [];
        }

        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(options.SmtpHost!, options.SmtpPort, SecurityOf(options.Security), cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
            }
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or ProtocolException or CommandException or AuthenticationException or SslHandshakeException or TimeoutException)
        {
            throw new MailUnavailableException($"The SMTP server {options.SmtpHost}:{options.SmtpPort} could not be used: {e.Message}", e);
        }

        var refused = new List<OutgoingMail>();
        foreach (var mail in mails)
        {
            try
            {
                await client.SendAsync(Message(mail), cancellationToken);
            }
            catch (SmtpCommandException e) when (e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted)
            {
                refused.Add(mail);
            }
            catch (Exception e) when (e is IOException or ProtocolException or CommandException or TimeoutException)
            {
                throw new MailUnavailableException($"The SMTP server {options.SmtpHost}:{options.SmtpPort} dropped the session: {e.Message}", e);
            }
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        return refused;
    }

    private MimeMessage Message(OutgoingMail mail)
    {
        var message = new MimeMessage { Subject = mail.Subject, Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody() };
        message.From.Add(_from);
        message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
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
