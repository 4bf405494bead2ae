using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Onboarding.Authoring;
using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.IntegrationEventHandlers;

/// <summary>
/// Finishes a publication's assignment if its own pass was cut short (a crash, a lost connection on the 1,500th person):
/// the outbox retries until it is done. Usually the pass finished and this finds nothing left to do.
/// </summary>
[IntegrationEventSubscriber("onboarding.complete-publication")]
internal sealed class CompleteTrackPublication(TrackPublication publication) : IIntegrationEventHandler<OnboardingTrackPublishedIntegrationEvent>
{
    public Task HandleAsync(OnboardingTrackPublishedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        publication.CompleteAsync(integrationEvent.TrackId, integrationEvent.MoveInProgress, cancellationToken);
}
