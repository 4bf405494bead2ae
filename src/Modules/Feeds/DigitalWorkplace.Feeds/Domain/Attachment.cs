namespace DigitalWorkplace.Feeds.Domain;

/// <summary>
/// A picture or a file uploaded for a post or comment. Uploaded first (kept for its uploader only), then attached when
/// the post or comment is written; the bytes are in the file store under <see cref="StorageKey"/>.
/// </summary>
internal sealed class Attachment
{
    public const int FileNameMaxLength = 120;

    public required Guid Id { get; init; }

    public required Guid UploaderId { get; init; }

    public Guid? PostId { get; set; }

    public Guid? CommentId { get; set; }

    public required AttachmentKind Kind { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public required long Size { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    public required string StorageKey { get; init; }

    public required DateTimeOffset UploadedAt { get; init; }

    /// <summary>What a post or comment keeps of it, so that a feed page shows its pictures and files without a query.</summary>
    public AttachmentRef ToRef() => new(Id, Kind, FileName, ContentType, Size, Width, Height);
}

internal enum AttachmentKind
{
    /// <summary>A picture: re-encoded as a JPEG (metadata gone), shown in the post.</summary>
    Image,

    /// <summary>A document, kept as sent and downloaded.</summary>
    File,
}

internal sealed record AttachmentRef(Guid Id, AttachmentKind Kind, string FileName, string ContentType, long Size, int? Width, int? Height);
