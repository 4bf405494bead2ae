using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Features;

namespace DigitalWorkplace.Onboarding.IntegrationEventHandlers;

/// <summary>
/// "Join your team's community" is done however the person joined — from the step, from the community's page, added by
/// its owner or through an audience — so each join completes the steps asking for it in the person's open tracks.
/// </summary>
[IntegrationEventSubscriber("onboarding.complete-join-community-steps")]
internal sealed class CompleteJoinCommunitySteps(OnboardingDbContext db, TimeProvider clock) : IIntegrationEventHandler<MemberJoinedIntegrationEvent>
{
    public async Task HandleAsync(MemberJoinedIntegrationEvent joined, CancellationToken cancellationToken)
    {
        // No inbox row: completing a step twice changes nothing (StepCompletions.RecordAsync).
        var personId = joined.PersonId;
        var steps = await db.Steps.AsNoTracking()
            .Where(s => s.Kind == StepKind.JoinCommunity && s.TargetId == joined.CommunityId)
            .Where(s => db.Assignments.Any(a => a.PersonId == personId && a.TrackId == s.TrackId))
            .Where(s => !db.StepCompletions.Any(c => c.PersonId == personId && c.StepId == s.Id))
            .ToListAsync(cancellationToken);
        foreach (var step in steps)
        {
            if (await Prerequisites.PendingErrorAsync(db, personId, step.TrackId, cancellationToken) is not null)
            {
                continue;
            }

            await db.CompleteAloneAsync(personId, step, clock, cancellationToken);
        }
    }
}
