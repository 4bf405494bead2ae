using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities.Features.LeaveCommunity;

/// <summary>The current person leaves; leaving a community one is not in changes nothing. The last owner cannot leave.</summary>
internal sealed record LeaveCommunity(Guid CommunityId) : ICommand<Result<Done>>, IAnyActivePersonRequest;

internal sealed class LeaveCommunityHandler(CommunitiesDbContext db, CommunityPolicy policy, CommunityCache cache, Events.EventAnswers answers, ICurrentUser user, TimeProvider clock) : ICommandHandler<LeaveCommunity, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(LeaveCommunity command, CancellationToken cancellationToken)
    {
        if (await policy.SeeAsync(user, command.CommunityId, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.CommunityId == command.CommunityId && m.PersonId == user.PersonId, cancellationToken);
        if (membership is null)
        {
            return Done.Value;
        }

        if (membership.Role == CommunityRole.Owner
            && !await db.Memberships.AnyAsync(m => m.CommunityId == command.CommunityId && m.Role == CommunityRole.Owner && m.PersonId != user.PersonId, cancellationToken))
        {
            return Error.Conflict("community.last_owner", "You are this community's only owner: make someone else an owner before leaving.");
        }

        db.Memberships.Remove(membership);
        db.Publish(new MemberLeftIntegrationEvent(command.CommunityId, user.PersonId), clock);
        await answers.ForgetAsync(command.CommunityId, user.PersonId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // Committed: the person's cached memberships go everywhere before they are told they left.
        await cache.MembershipsChangedAsync(user.PersonId, cancellationToken);
        return Done.Value;
    }
}
