using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Domain;
using DigitalWorkplace.Live.Hubs;
using DigitalWorkplace.Onboarding.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Notifications;

/// <summary>A manager decided on a person's on-site task: they are told once (inbox), with the task's title and a link to the step.</summary>
[IntegrationEventSubscriber("live.notify-sign-off")]
internal sealed class NotifyOfSignOff(LiveDbContext db, IHubContext<LiveEventsHub> hub, TimeProvider clock) : IIntegrationEventHandler<OnboardingSignOffDecidedIntegrationEvent>
{
    public async Task HandleAsync(OnboardingSignOffDecidedIntegrationEvent decided, CancellationToken cancellationToken)
    {
        if (await db.AlreadyHandledAsync(decided, nameof(NotifyOfSignOff), clock, cancellationToken))
        {
            return;
        }

        var title = decided.StepTitle.Length > Notification.TextMaxLength ? decided.StepTitle[..Notification.TextMaxLength] : decided.StepTitle;
        await db.DeliverAsync(
            hub, [NotificationPush.New(decided.PersonId, NotificationKinds.SignOff(decided.Approved), title, $"/onboarding/{decided.TrackId}#step-{decided.StepId}", clock)], cancellationToken);
    }
}
