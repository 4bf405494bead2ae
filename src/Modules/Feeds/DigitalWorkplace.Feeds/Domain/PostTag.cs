namespace DigitalWorkplace.Feeds.Domain;

/// <summary>A post filed under a hashtag (folded): the topic page lists these.</summary>
internal sealed class PostTag
{
    public required Guid PostId { get; init; }

    public required string Tag { get; init; }

    public required Guid CommunityId { get; init; }
}
