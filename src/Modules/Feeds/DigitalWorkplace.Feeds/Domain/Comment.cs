namespace DigitalWorkplace.Feeds.Domain;

internal sealed class Comment
{
    public required Guid Id { get; init; }

    public required Guid PostId { get; init; }

    public required Guid AuthorId { get; init; }

    /// <summary>The comment this one answers (one level: always a top-level comment of the same post); null for a top-level comment.</summary>
    public Guid? ParentId { get; init; }

    public required string Markdown { get; init; }

    public required string Html { get; init; }

    public required string Text { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Published, or hidden by a moderator (kept, restorable, but read by nobody, found by no search).</summary>
    public ContentStatus Status { get; set; }

    /// <summary>Its pictures and files, kept on the comment (as JSON).</summary>
    public List<AttachmentRef> Attachments { get; set; } = [];

    public string? IdempotencyKey { get; init; }

    /// <summary>What the keyed request asked for, so that the key reused for another request is refused (422).</summary>
    public string? IdempotencyFingerprint { get; init; }
}
