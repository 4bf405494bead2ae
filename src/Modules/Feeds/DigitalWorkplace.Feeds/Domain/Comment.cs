namespace DigitalWorkplace.Feeds.Domain;

internal sealed class Comment
{
    public const int MarkdownMaxLength = 4_000;

    public required Guid Id { get; init; }

    public required Guid PostId { get; init; }

    public required Guid AuthorId { get; init; }

    public required string Markdown { get; init; }

    public required string Html { get; init; }

    public required string Text { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string? IdempotencyKey { get; init; }
}
