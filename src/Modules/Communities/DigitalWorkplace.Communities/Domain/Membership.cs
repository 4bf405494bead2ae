namespace DigitalWorkplace.Communities.Domain;

internal enum CommunityRole
{
    Member,
    Moderator,
    Owner,
}

internal sealed class Membership
{
    public required Guid CommunityId { get; init; }

    public required Guid PersonId { get; init; }

    public required CommunityRole Role { get; set; }

    public required DateTimeOffset JoinedAt { get; init; }

    /// <summary>Until when a moderator muted them: they keep reading, but do not post, comment or react.</summary>
    public DateTimeOffset? MutedUntil { get; set; }
}
