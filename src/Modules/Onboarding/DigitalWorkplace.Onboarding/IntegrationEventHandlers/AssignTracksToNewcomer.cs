using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.IntegrationEventHandlers;

/// <summary>Gives a newcomer every track meant for their employment type, due relative to their start date.</summary>
[IntegrationEventSubscriber("onboarding.assign-tracks")]
internal sealed class AssignTracksToNewcomer(OnboardingDbContext db, TimeProvider clock) : IIntegrationEventHandler<PersonRegisteredIntegrationEvent>
{
    public async Task HandleAsync(PersonRegisteredIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.AlreadyHandledAsync(integrationEvent, nameof(AssignTracksToNewcomer), clock, cancellationToken))
        {
            return;
        }

        var type = integrationEvent.EmploymentType;
        var tracks = await db.Tracks
            .Where(t => t.Audience.Any(a => a.EmploymentType == type))
            .Where(t => !db.Assignments.Any(a => a.TrackId == t.Id && a.PersonId == integrationEvent.PersonId))
            .ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var track in tracks)
        {
            db.Assignments.Add(new Assignment
            {
                PersonId = integrationEvent.PersonId,
                TrackId = track.Id,
                AssignedAt = clock.GetUtcNow(),
                DueOn = track.DueOnFor(integrationEvent.StartDate, today),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
