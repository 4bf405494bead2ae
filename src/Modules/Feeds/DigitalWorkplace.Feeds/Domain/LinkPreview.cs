namespace DigitalWorkplace.Feeds.Domain;

/// <summary>A page's preview as fetched, kept a day for every post that links it (also when the page gave none: not fetched again).</summary>
internal sealed class LinkPreview
{
    public const int UrlMaxLength = 2000;

    /// <summary>SHA-256 of the address, in hex: the key, whatever the address's length.</summary>
    public required string UrlHash { get; init; }

    public required string Url { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? SiteName { get; set; }

    public bool Found { get; set; }

    public required DateTimeOffset FetchedAt { get; set; }
}

/// <summary>What a post shows of the page its first link points to (kept on the post as JSON).</summary>
internal sealed record PostLink(string Url, string Host, string? Title, string? Description, string? SiteName);
