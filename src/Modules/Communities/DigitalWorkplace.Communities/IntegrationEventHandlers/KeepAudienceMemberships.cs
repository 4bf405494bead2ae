using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities.IntegrationEventHandlers;

/// <summary>People entered or left an audience: every community following it gains or loses them, at once.</summary>
[IntegrationEventSubscriber("communities.keep-audience-members")]
internal sealed class KeepAudienceMemberships(CommunitiesDbContext db, AudienceMemberships memberships) : IIntegrationEventHandler<AudienceMembershipChangedIntegrationEvent>
{
    public async Task HandleAsync(AudienceMembershipChangedIntegrationEvent changed, CancellationToken cancellationToken)
    {
        var communities = await db.Audiences.AsNoTracking().Where(l => l.AudienceId == changed.AudienceId).Select(l => l.CommunityId).ToListAsync(cancellationToken);
        foreach (var communityId in communities)
        {
            var linked = await db.Audiences.AsNoTracking().Where(l => l.CommunityId == communityId).Select(l => l.AudienceId).ToListAsync(cancellationToken);
            await memberships.AddAsync(communityId, [.. changed.Changes.Where(c => c.IsMember).Select(c => c.PersonId)], cancellationToken);
            await memberships.RemoveAsync(communityId, [.. changed.Changes.Where(c => !c.IsMember).Select(c => c.PersonId)], linked, cancellationToken);
        }
    }
}
