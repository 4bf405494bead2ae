using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities.Features.RemoveMember;

/// <summary>
/// An owner, moderator or administrator takes someone out of the community; they stop reading a private one at once.
/// Moderators remove members only (not other moderators or owners), and the last owner is never removed.
/// </summary>
internal sealed record RemoveMember(Guid CommunityId, Guid PersonId) : ICommand<Result<Done>>;

internal sealed class RemoveMemberAuthorizer(CommunityPolicy policy) : IAuthorizer<RemoveMember>
{
    public async ValueTask<Error?> AuthorizeAsync(RemoveMember message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageMembersAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class RemoveMemberHandler(
    CommunitiesDbContext db, CommunityCache cache, CommunityPolicy policy, Events.EventAnswers answers, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<RemoveMember, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RemoveMember command, CancellationToken cancellationToken)
    {
        var found = await MemberRoles.ActableAsync(db, policy, user, command.CommunityId, command.PersonId, cancellationToken);
        if (found.Error is { } refused)
        {
            return refused;
        }

        var membership = found.Value!;

        var community = await db.Communities.AsNoTracking().FirstAsync(c => c.Id == command.CommunityId, cancellationToken);
        db.Memberships.Remove(membership);
        db.Publish(new MemberLeftIntegrationEvent(command.CommunityId, command.PersonId), clock);
        await answers.ForgetAsync(command.CommunityId, command.PersonId, cancellationToken);
        audit.Record(db, "community.member-removed", MemberRoles.Subject(community),
            before: AuditTrail.Fields(("personId", command.PersonId), ("role", membership.Role.ToString())));
        await db.SaveChangesAsync(cancellationToken);
        await cache.MembershipsChangedAsync(command.PersonId, cancellationToken);
        return Done.Value;
    }
}
