namespace DigitalWorkplace.BuildingBlocks.Mail;

/// <summary>How the connection to the SMTP server is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>TLS on connect for port 465, STARTTLS when the server offers it otherwise.</summary>
    Auto,

    /// <summary>No TLS at all (a relay on the same machine or network).</summary>
    None,

    /// <summary>STARTTLS, required.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}

/// <summary>The <c>Mail</c> configuration section: off unless an SMTP host is given.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>The SMTP account, when the server asks to authenticate.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>Digital Workplace &lt;no-reply@example.com&gt;</c>.</summary>
    public string? From { get; set; }

    /// <summary>The address people open the platform at (links in mails are absolute), e.g. <c>https://workplace.example.com/</c>.</summary>
    public Uri? SiteUrl { get; set; }

    /// <summary>How long one SMTP conversation may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsEnabled => !string.IsNullOrWhiteSpace(SmtpHost);
}
