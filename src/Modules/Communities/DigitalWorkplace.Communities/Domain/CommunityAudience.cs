namespace DigitalWorkplace.Communities.Domain;

/// <summary>
/// "All staff of the airport café": everyone in the audience is a member of the community, kept current as people
/// enter and leave it (Identity's <c>identity.audience-members-changed</c>).
/// </summary>
internal sealed class CommunityAudience
{
    public required Guid CommunityId { get; init; }

    public required Guid AudienceId { get; init; }
}
