namespace DigitalWorkplace.Live;

/// <summary>The <c>Live</c> configuration section.</summary>
internal sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>
    /// Origins besides the site's own that may open the hub from a browser (e.g. a mobile web app on another host);
    /// empty by default: only pages of this site.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>How often open connections have their credential checked again (a revoked token closes within this).</summary>
    public TimeSpan RevalidateInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The largest message a client may send the hub (it only ever calls Resubscribe).</summary>
    public long MaximumReceiveMessageSize { get; set; } = 4 * 1024;

    /// <summary>The e-mail digest (sent only when the <c>Mail</c> section names an SMTP server).</summary>
    public DigestOptions Digest { get; set; } = new();
}

/// <summary>The <c>Live:Digest</c> section.</summary>
internal sealed class DigestOptions
{
    /// <summary>How long a notification waits unread before it is mailed: read on a screen in time, it never is.</summary>
    public TimeSpan After { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often due digests are looked for (each person still gets at most one a day, or a week).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The notifications a digest lists; it counts the others ("and 12 more").</summary>
    public int MaxItems { get; set; } = 20;
}
