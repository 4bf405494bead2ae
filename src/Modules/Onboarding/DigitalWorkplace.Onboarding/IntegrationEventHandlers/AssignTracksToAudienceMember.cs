using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Onboarding.Domain;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Features;

namespace DigitalWorkplace.Onboarding.IntegrationEventHandlers;

/// <summary>
/// Whoever enters an audience (a new seasonal hire, someone moved to an airport location) gets every track meant for it,
/// all of an event's newcomers in one go. Leaving an audience takes nothing away: progress made stays theirs.
/// </summary>
[IntegrationEventSubscriber("onboarding.assign-audience-tracks")]
internal sealed class AssignTracksToAudienceMember(TrackAssignments assignments, StampedCache cache)
    : IIntegrationEventHandler<AudienceMembershipChangedIntegrationEvent>
{
    public async Task HandleAsync(AudienceMembershipChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        // No inbox row: assigning is idempotent by itself (TrackAssignments skips what the people already have).
        var joined = integrationEvent.Changes.Where(c => c.IsMember).ToList();
        if (joined.Count == 0)
        {
            return;
        }

        // A festival's first day sends many of these for a handful of tracks: which tracks an audience has is cached.
        var audienceId = integrationEvent.AudienceId;
        var tracks = await cache.GetAsync<OnboardingDbContext, List<Track>>(AudienceTracksKey(audienceId), async context =>
            await context.Tracks.AsNoTracking().Where(t => t.Status == TrackVersionStatus.Published && t.Audience.Any(a => a.AudienceId == audienceId)).ToListAsync(cancellationToken));
        await assignments.AssignAsync(tracks!, [.. joined.Select(c => c.PersonId)], cancellationToken, joined.ToDictionary(c => c.PersonId, c => c.StartDate));
    }

    /// <summary>Invalidated when a version naming the audience is published (TrackPublication).</summary>
    public static string AudienceTracksKey(Guid audienceId) => "onboarding.audience-tracks:" + audienceId.ToString("N");
}
