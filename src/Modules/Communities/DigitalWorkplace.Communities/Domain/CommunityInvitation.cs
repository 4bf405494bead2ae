namespace DigitalWorkplace.Communities.Domain;

/// <summary>
/// An owner or moderator invited someone: they see the community (even a secret one) and decide — accepting makes them
/// a member. One per person and community; inviting again after a refusal asks again.
/// </summary>
internal sealed class CommunityInvitation
{
    public required Guid CommunityId { get; init; }

    public required Guid PersonId { get; init; }

    public required Guid InvitedBy { get; set; }

    public required DateTimeOffset InvitedAt { get; set; }

    /// <summary>Null while waiting; then when they accepted or declined.</summary>
    public DateTimeOffset? AnsweredAt { get; set; }

    public bool? Accepted { get; set; }
}
