namespace DigitalWorkplace.Feeds.Domain;

internal sealed class Post
{
    public required Guid Id { get; init; }

    public required Guid CommunityId { get; init; }

    public required Guid AuthorId { get; init; }

    public required string Markdown { get; set; }

    /// <summary>Sanitised HTML, rendered once on write so reads never render.</summary>
    public required string Html { get; set; }

    /// <summary>Plain text, for search and notifications.</summary>
    public required string Text { get; set; }

    public required DateTimeOffset PublishedAt { get; init; }

    /// <summary>When its author last changed it (its earlier versions are in <c>post_revisions</c>); null if never.</summary>
    public DateTimeOffset? EditedAt { get; set; }

    /// <summary>Pinned at the top of its community's page since then, by an owner or moderator; null if not.</summary>
    public DateTimeOffset? PinnedAt { get; set; }

    /// <summary>Published, or hidden by a moderator (kept, restorable, but read by nobody, found by no search).</summary>
    public ContentStatus Status { get; set; }

    /// <summary>Kept on the post so a feed page needs no count query for comments.</summary>
    public int CommentCount { get; set; }

    /// <summary>The brand value a recognition post thanks people against; null for an ordinary post.</summary>
    public Guid? BrandValueId { get; init; }

    /// <summary>Who a recognition post thanks: kept on the post, so that a feed page needs no query for it.</summary>
    public List<Guid> RecognisedIds { get; init; } = [];

    /// <summary>Its pictures and files, kept on the post (as JSON) so that a feed page shows them without a query.</summary>
    public List<AttachmentRef> Attachments { get; set; } = [];

    /// <summary>Its poll, if it asks one; the votes are in <c>poll_votes</c>.</summary>
    public PostPoll? Poll { get; init; }

    /// <summary>The preview of the page its first link points to, once fetched; null without one.</summary>
    public PostLink? LinkPreview { get; set; }

    /// <summary>A post of this site its first link points to: previewed for each reader who may read that post, never fetched.</summary>
    public Guid? LinkedPostId { get; set; }

    /// <summary>The client's key for this creation (unique per author), so a retried request creates nothing twice.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>What the keyed request asked for, so that the key reused for another request is refused (422).</summary>
    public string? IdempotencyFingerprint { get; init; }
}
