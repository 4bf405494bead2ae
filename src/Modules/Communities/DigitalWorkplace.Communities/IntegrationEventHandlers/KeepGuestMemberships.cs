using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities.IntegrationEventHandlers;

/// <summary>
/// A guest is a member of exactly the communities their sponsor chose: added to each one, removed from any other.
/// Adding an existing member and removing a missing one change nothing, so a redelivered event is harmless.
/// </summary>
[IntegrationEventSubscriber("communities.keep-guest-memberships")]
internal sealed class KeepGuestMemberships(CommunitiesDbContext db, CommunityCache cache, CommunityPolicy policy, Events.EventAnswers answers, TimeProvider clock)
    : IIntegrationEventHandler<GuestScopeChangedIntegrationEvent>
{
    public async Task HandleAsync(GuestScopeChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var catalog = await cache.CatalogAsync(cancellationToken);
        foreach (var communityId in integrationEvent.CommunityIds.Where(catalog.ContainsKey))
        {
            // A ban (or an archived community) outweighs the sponsor's choice.
            if (await policy.MayBecomeMemberAsync(integrationEvent.PersonId, communityId, cancellationToken) is null)
            {
                await Memberships.AddAsync(db, cache, communityId, integrationEvent.PersonId, clock, cancellationToken);
            }
        }

        var wanted = integrationEvent.CommunityIds.ToList();
        var outside = await db.Memberships.Where(m => m.PersonId == integrationEvent.PersonId && !wanted.Contains(m.CommunityId)).ToListAsync(cancellationToken);
        if (outside.Count == 0)
        {
            return;
        }

        db.Memberships.RemoveRange(outside);
        foreach (var membership in outside)
        {
            db.Publish(new MemberLeftIntegrationEvent(membership.CommunityId, membership.PersonId), clock);
            await answers.ForgetAsync(membership.CommunityId, membership.PersonId, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await cache.MembershipsChangedAsync(integrationEvent.PersonId, cancellationToken);
    }
}
