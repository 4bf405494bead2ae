namespace DigitalWorkplace.Feeds.Domain;

/// <summary>Where a post or comment stands with moderation. Only <see cref="Published"/> content is ever read.</summary>
internal enum ContentStatus
{
    Published,
    Hidden,

    /// <summary>Waiting for a moderator's approval (pre-approval, or a keyword rule): read by nobody, published by no event.</summary>
    Held,

    /// <summary>Deleted by its author: read by nobody, found by no search; its community's moderators still see it (queue view Deleted).</summary>
    Deleted,
}
