using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalWorkplace.BuildingBlocks.Mail;

internal static class MailServices
{
    /// <summary>The <c>Mail</c> section, and <see cref="IMailSender"/> when an SMTP host is configured (a missing sender or site address stops the host).</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions();
        services.TryAddSingleton(options);
        if (!options.IsEnabled)
        {
            return services;
        }

        if (string.IsNullOrWhiteSpace(options.From) || !MimeKit.MailboxAddress.TryParse(options.From, out _))
        {
            throw new InvalidOperationException("Mail:SmtpHost is set: Mail:From must name the sender, e.g. \"Digital Workplace <no-reply@example.com>\".");
        }

        if (options.SiteUrl is not { IsAbsoluteUri: true })
        {
            throw new InvalidOperationException("Mail:SmtpHost is set: Mail:SiteUrl must be the platform's address, e.g. https://workplace.example.com/, for the links in mails.");
        }

        // Links in mails are made under it: "https://host/app" must keep its "/app".
        if (!options.SiteUrl.AbsoluteUri.EndsWith('/'))
        {
            options.SiteUrl = new Uri(options.SiteUrl.AbsoluteUri + "/");
        }

        services.TryAddSingleton<IMailSender, SmtpMailSender>();
        return services;
    }
}
