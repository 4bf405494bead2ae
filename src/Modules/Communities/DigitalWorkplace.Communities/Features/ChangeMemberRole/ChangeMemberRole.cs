using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities.Features.ChangeMemberRole;

/// <summary>
/// An owner (or an administrator) makes a member a moderator or a co-owner, or back; the last owner stays one, so a
/// community is never left without someone to run it.
/// </summary>
internal sealed record ChangeMemberRole(Guid CommunityId, Guid PersonId, string? Role) : ICommand<Result<CommunityMemberDto>>, IValidatable
{
    public void Validate(Validator validator) =>
        validator.That(MemberRoles.TryParse(Role, out _), "role", FieldError.OneOf(MemberRoles.Names));
}

internal sealed class ChangeMemberRoleAuthorizer(CommunityPolicy policy) : IAuthorizer<ChangeMemberRole>
{
    public async ValueTask<Error?> AuthorizeAsync(ChangeMemberRole message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageRolesAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class ChangeMemberRoleHandler(CommunitiesDbContext db, CommunityCache cache, AuditTrail audit, Identity.Contracts.IPeopleDirectory people)
    : ICommandHandler<ChangeMemberRole, Result<CommunityMemberDto>>
{
    public async ValueTask<Result<CommunityMemberDto>> Handle(ChangeMemberRole command, CancellationToken cancellationToken)
    {
        _ = MemberRoles.TryParse(command.Role, out var role); // validated before the handler runs
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.CommunityId == command.CommunityId && m.PersonId == command.PersonId, cancellationToken);
        if (membership is null)
        {
            return Error.NotFound("community.member_not_found", "This person is not a member.");
        }

        if (membership.Role == role)
        {
            return await MemberRoles.ToDtoAsync(membership, people, cancellationToken);
        }

        if (membership.Role == CommunityRole.Owner && await MemberRoles.IsLastOwnerAsync(db, membership, cancellationToken))
        {
            return MemberRoles.LastOwner;
        }

        var community = await db.Communities.AsNoTracking().FirstAsync(c => c.Id == command.CommunityId, cancellationToken);
        membership.Role = role;
        audit.RecordChanges(db, "community.role-changed", MemberRoles.Subject(community), db.Entry(membership));
        await db.SaveChangesAsync(cancellationToken);
        await cache.MembershipsChangedAsync(command.PersonId, cancellationToken);
        return await MemberRoles.ToDtoAsync(membership, people, cancellationToken);
    }
}
