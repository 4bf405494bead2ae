using DigitalWorkplace.Communities.Data;

namespace DigitalWorkplace.Communities.Features.UnbanMember;

/// <summary>A moderator lifts a ban: the person may join, ask or be added again (they are not made a member).</summary>
internal sealed record UnbanMember(Guid CommunityId, Guid PersonId) : ICommand<Result<Done>>;

internal sealed class UnbanMemberAuthorizer(CommunityPolicy policy) : IAuthorizer<UnbanMember>
{
    public async ValueTask<Error?> AuthorizeAsync(UnbanMember message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageMembersAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class UnbanMemberHandler(CommunitiesDbContext db, AuditTrail audit) : ICommandHandler<UnbanMember, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(UnbanMember command, CancellationToken cancellationToken)
    {
        var ban = await db.Bans.FirstOrDefaultAsync(b => b.CommunityId == command.CommunityId && b.PersonId == command.PersonId, cancellationToken);
        if (ban is null)
        {
            return Error.NotFound("community.ban_not_found", "This person is not banned.");
        }

        var community = await db.Communities.AsNoTracking().FirstAsync(c => c.Id == command.CommunityId, cancellationToken);
        db.Bans.Remove(ban);
        audit.Record(db, "community.member-unbanned", MemberRoles.Subject(community), before: AuditTrail.Fields(("personId", command.PersonId)));
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }
}
