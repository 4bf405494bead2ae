namespace DigitalWorkplace.Communities.Domain;

/// <summary>Someone a community's moderators put out: they are not a member, and cannot join, ask, or be added again until unbanned.</summary>
internal sealed class Ban
{
    public const int ReasonMaxLength = 500;

    public required Guid CommunityId { get; init; }

    public required Guid PersonId { get; init; }

    public string? Reason { get; init; }

    public required DateTimeOffset BannedAt { get; init; }

    public required Guid BannedBy { get; init; }
}
