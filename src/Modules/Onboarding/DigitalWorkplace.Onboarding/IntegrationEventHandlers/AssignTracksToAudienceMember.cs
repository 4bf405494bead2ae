using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Onboarding.Domain;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Features;

namespace DigitalWorkplace.Onboarding.IntegrationEventHandlers;

/// <summary>
/// Whoever enters an audience (a new seasonal hire, someone moved to an airport location) gets every track meant for it.
/// Leaving an audience takes nothing away: progress made stays theirs.
/// </summary>
[IntegrationEventSubscriber("onboarding.assign-audience-tracks")]
internal sealed class AssignTracksToAudienceMember(TrackAssignments assignments, StampedCache cache)
    : IIntegrationEventHandler<AudienceMembershipChangedIntegrationEvent>
{
    public async Task HandleAsync(AudienceMembershipChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        // No inbox row: assigning is idempotent by itself (TrackAssignments skips what the person already has), and a
        // day-one import sends thousands of these, each one query and one insert fewer.
        if (!integrationEvent.IsMember)
        {
            return;
        }

        // A festival's first day sends thousands of these for a handful of tracks: which tracks an audience has is cached.
        var audienceId = integrationEvent.AudienceId;
        var tracks = await cache.GetAsync<OnboardingDbContext, List<Track>>(AudienceTracksKey(audienceId), async context =>
            await context.Tracks.AsNoTracking().Where(t => t.Audience.Any(a => a.AudienceId == audienceId)).ToListAsync(cancellationToken));
        await assignments.AssignAsync(tracks!, [integrationEvent.PersonId], cancellationToken, new Dictionary<Guid, DateOnly?> { [integrationEvent.PersonId] = integrationEvent.StartDate });
    }

    /// <summary>Invalidated when a track names the audience (CreateTrack).</summary>
    public static string AudienceTracksKey(Guid audienceId) => "onboarding.audience-tracks:" + audienceId.ToString("N");
}
