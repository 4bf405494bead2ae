using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Features;

namespace DigitalWorkplace.Onboarding.IntegrationEventHandlers;

/// <summary>
/// Whoever enters an audience (a new seasonal hire, someone moved to an airport location) gets every track meant for it.
/// Leaving an audience takes nothing away: progress made stays theirs.
/// </summary>
[IntegrationEventSubscriber("onboarding.assign-audience-tracks")]
internal sealed class AssignTracksToAudienceMember(OnboardingDbContext db, TrackAssignments assignments, TimeProvider clock)
    : IIntegrationEventHandler<AudienceMembershipChangedIntegrationEvent>
{
    public async Task HandleAsync(AudienceMembershipChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (!integrationEvent.IsMember || await db.AlreadyHandledAsync(integrationEvent, nameof(AssignTracksToAudienceMember), clock, cancellationToken))
        {
            return;
        }

        var tracks = await db.Tracks.Where(t => t.Audience.Any(a => a.AudienceId == integrationEvent.AudienceId)).ToListAsync(cancellationToken);
        await assignments.AssignAsync(tracks, [integrationEvent.PersonId], cancellationToken);
    }
}
