using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities.Features.TransferOwnership;

/// <summary>
/// An owner hands the community to another member, in one save: they become an owner and the one handing over stays on
/// as a moderator (an administrator handing over keeps whatever role they had).
/// </summary>
internal sealed record TransferOwnership(Guid CommunityId, Guid? PersonId) : ICommand<Result<CommunityMemberDto>>, IValidatable
{
    public void Validate(Validator validator) =>
        validator.That(PersonId is { } id && id != Guid.Empty, "personId", FieldError.Required());
}

internal sealed class TransferOwnershipAuthorizer(CommunityPolicy policy) : IAuthorizer<TransferOwnership>
{
    public async ValueTask<Error?> AuthorizeAsync(TransferOwnership message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageRolesAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class TransferOwnershipHandler(CommunitiesDbContext db, CommunityCache cache, ICurrentUser user, AuditTrail audit, IPeopleDirectory people)
    : ICommandHandler<TransferOwnership, Result<CommunityMemberDto>>
{
    public async ValueTask<Result<CommunityMemberDto>> Handle(TransferOwnership command, CancellationToken cancellationToken)
    {
        var personId = command.PersonId!.Value;
        var memberships = await db.Memberships
            .Where(m => m.CommunityId == command.CommunityId && (m.PersonId == personId || m.PersonId == user.PersonId))
            .ToListAsync(cancellationToken);
        var heir = memberships.Find(m => m.PersonId == personId);
        if (heir is null)
        {
            return Error.NotFound("community.member_not_found", "Ownership goes to a member: add this person first.");
        }

        var community = await db.Communities.AsNoTracking().FirstAsync(c => c.Id == command.CommunityId, cancellationToken);
        heir.Role = CommunityRole.Owner;
        if (memberships.Find(m => m.PersonId == user.PersonId) is { Role: CommunityRole.Owner } giver && giver != heir)
        {
            giver.Role = CommunityRole.Moderator;
        }

        audit.Record(db, "community.ownership-transferred", MemberRoles.Subject(community),
            before: AuditTrail.Fields(("ownerId", user.PersonId)), after: AuditTrail.Fields(("ownerId", personId)));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var changed in memberships)
        {
            await cache.MembershipsChangedAsync(changed.PersonId, cancellationToken);
        }

        return await MemberRoles.ToDtoAsync(heir, people, cancellationToken);
    }
}
