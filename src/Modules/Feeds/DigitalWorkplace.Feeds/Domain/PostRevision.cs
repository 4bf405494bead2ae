namespace DigitalWorkplace.Feeds.Domain;

/// <summary>A post as it was before an edit, kept so that its readers see what changed.</summary>
internal sealed class PostRevision
{
    public required Guid Id { get; init; }

    public required Guid PostId { get; init; }

    public required string Markdown { get; init; }

    public required string Html { get; init; }

    /// <summary>When this version was written (the post's publication, or the previous edit).</summary>
    public required DateTimeOffset WrittenAt { get; init; }

    /// <summary>When it was replaced.</summary>
    public required DateTimeOffset ReplacedAt { get; init; }
}
