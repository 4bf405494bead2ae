namespace DigitalWorkplace.Live;

/// <summary>The <c>Live</c> configuration section.</summary>
internal sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>A Redis connection string: when set, SignalR fans out across nodes through this Redis (backplane).</summary>
    public string? Redis { get; set; }

    /// <summary>
    /// Origins besides the site's own that may open the hub from a browser (e.g. a mobile web app on another host);
    /// empty by default: only pages of this site.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>The largest message a client may send the hub (it only ever calls Resubscribe).</summary>
    public long MaximumReceiveMessageSize { get; set; } = 4 * 1024;
}
