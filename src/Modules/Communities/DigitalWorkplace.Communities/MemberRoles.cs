using DigitalWorkplace.BuildingBlocks.Auditing;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities;

/// <summary>What the role changes, removals and ownership transfers share.</summary>
internal static class MemberRoles
{
    public static readonly string[] Names = Enum.GetNames<CommunityRole>();

    public static readonly Error LastOwner =
        Error.Conflict("community.last_owner", "This is the community's only owner: make someone else an owner first.");

    /// <summary>"Member", "Moderator" or "Owner", in any case; never a number.</summary>
    public static bool TryParse(string? value, out CommunityRole role) => BuildingBlocks.Text.EnumNames.TryParse(value, out role);

    /// <summary>The member the current person is about to remove or mute, tracked; 404 when not a member, or why they may not.</summary>
    public static async Task<Result<Membership>> ActableAsync(
        CommunitiesDbContext db, CommunityPolicy policy, ICurrentUser user, Guid communityId, Guid personId, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.CommunityId == communityId && m.PersonId == personId, cancellationToken);
        if (membership is null)
        {
            return Error.NotFound("community.member_not_found", "This person is not a member.");
        }

        return await MayActOnAsync(db, policy, user, membership, cancellationToken) is { } refused ? refused : membership;
    }

    /// <summary>
    /// May the current person remove, mute or ban this member (they already manage members): a moderator acts on members
    /// only, an owner or administrator on anyone but the last owner; nobody on themselves.
    /// </summary>
    public static async Task<Error?> MayActOnAsync(CommunitiesDbContext db, CommunityPolicy policy, ICurrentUser user, Membership target, CancellationToken cancellationToken)
    {
        if (target.PersonId == user.PersonId)
        {
            return Error.Conflict("community.not_yourself", "You cannot do this to yourself: leave the community instead.");
        }

        if (target.Role != CommunityRole.Member && await policy.ManageRolesAsync(user, target.CommunityId, cancellationToken) is not null)
        {
            return Error.Forbidden("community.owners_only", "Only an owner acts on a moderator or another owner.");
        }

        return target.Role == CommunityRole.Owner && await IsLastOwnerAsync(db, target, cancellationToken) ? LastOwner : null;
    }

    public static async Task<bool> IsLastOwnerAsync(CommunitiesDbContext db, Membership owner, CancellationToken cancellationToken) =>
        !await db.Memberships.AnyAsync(m => m.CommunityId == owner.CommunityId && m.Role == CommunityRole.Owner && m.PersonId != owner.PersonId, cancellationToken);

    public static AuditSubject Subject(Community community) => new("community", community.Id.ToString(), community.Name);

    public static async Task<CommunityMemberDto> ToDtoAsync(Membership membership, IPeopleDirectory people, CancellationToken cancellationToken)
    {
        var person = (await people.GetManyAsync([membership.PersonId], cancellationToken)).GetValueOrDefault(membership.PersonId);
        return new CommunityMemberDto(membership.PersonId, person?.DisplayName ?? "", membership.Role.ToString(), membership.JoinedAt, membership.MutedUntil);
    }
}
