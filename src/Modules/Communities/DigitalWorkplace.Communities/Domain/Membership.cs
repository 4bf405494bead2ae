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

    /// <summary>Made a member because they are in one of the community's audiences: they go when they leave them all.</summary>
    public bool ViaAudience { get; set; }

    /// <summary>The charter version the member accepted (0: none); below the community's, they read but do not write until they accept it.</summary>
    public int CharterAcceptedVersion { get; set; }

    /// <summary>Until when a moderator muted them: they keep reading, but do not post, comment or react.</summary>
    public DateTimeOffset? MutedUntil { get; set; }
}
