namespace DigitalWorkplace.Feeds.Domain;

/// <summary>Where a post or comment stands with moderation. Only <see cref="Published"/> content is ever read.</summary>
internal enum ContentStatus
{
    Published,
    Hidden,
}
