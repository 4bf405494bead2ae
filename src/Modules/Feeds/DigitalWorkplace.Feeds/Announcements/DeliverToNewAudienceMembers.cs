using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.Announcements;

/// <summary>
/// People entered an audience (a new hire on day one, a move to another location): the current announcements to that
/// audience reach them too, so a newcomer finds the must-read everyone else already acknowledged. Leaving an audience
/// takes nothing back — what reached someone stays in their record. Idempotent through the inbox and the recipients' key.
/// </summary>
[IntegrationEventSubscriber("feeds.deliver-announcements")]
internal sealed class DeliverToNewAudienceMembers(FeedsDbContext db, IPeopleDirectory people, TimeProvider clock) : IIntegrationEventHandler<AudienceMembershipChangedIntegrationEvent>
{
    public async Task HandleAsync(AudienceMembershipChangedIntegrationEvent changed, CancellationToken cancellationToken)
    {
        var entered = changed.Changes.Where(c => c.IsMember).Select(c => c.PersonId).Distinct().ToList();
        if (entered.Count == 0 || await db.AlreadyHandledAsync(changed, nameof(DeliverToNewAudienceMembers), clock, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var since = now - AnnouncementDelivery.Current;
        var candidates = await db.Announcements.Where(a => a.PublishedAt > since || (a.MustRead && a.AcknowledgeBefore > now)).ToListAsync(cancellationToken);
        foreach (var announcement in candidates.Where(a => a.AudienceIds.Contains(changed.AudienceId)))
        {
            var already = await db.AnnouncementRecipients.Where(r => r.AnnouncementId == announcement.Id && entered.Contains(r.PersonId)).Select(r => r.PersonId).ToListAsync(cancellationToken);
            var newcomers = entered.Except(already).Where(id => id != announcement.AuthorId).ToList();
            await AnnouncementDelivery.DeliverAsync(db, people, announcement, newcomers, clock, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
