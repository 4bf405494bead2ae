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
}
