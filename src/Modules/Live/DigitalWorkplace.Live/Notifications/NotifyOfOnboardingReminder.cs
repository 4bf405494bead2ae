using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Domain;
using DigitalWorkplace.Live.Hubs;
using DigitalWorkplace.Onboarding.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Notifications;

/// <summary>
/// Recalls an unfinished onboarding track to its people, once each (inbox): due soon, then overdue, and a refresher
/// when its time comes to do it again. Reminders always
/// come (they are the person's own tasks) and reach their e-mail digest when mail is configured.
/// </summary>
[IntegrationEventSubscriber("live.notify-onboarding-reminder")]
internal sealed class NotifyOfOnboardingReminder(LiveDbContext db, IHubContext<LiveEventsHub> hub, TimeProvider clock)
    : IIntegrationEventHandler<OnboardingDueSoonIntegrationEvent>, IIntegrationEventHandler<OnboardingOverdueIntegrationEvent>, IIntegrationEventHandler<OnboardingRefresherDueIntegrationEvent>
{
    public Task HandleAsync(OnboardingDueSoonIntegrationEvent due, CancellationToken cancellationToken) =>
        NotifyAsync(due, due.TrackId, due.TrackTitle, due.People, NotificationKinds.OnboardingReminder(overdue: false), cancellationToken);

    public Task HandleAsync(OnboardingOverdueIntegrationEvent overdue, CancellationToken cancellationToken) =>
        NotifyAsync(overdue, overdue.TrackId, overdue.TrackTitle, overdue.People, NotificationKinds.OnboardingReminder(overdue: true), cancellationToken);

    public Task HandleAsync(OnboardingRefresherDueIntegrationEvent refresher, CancellationToken cancellationToken) =>
        NotifyAsync(refresher, refresher.TrackId, refresher.TrackTitle, refresher.People, NotificationKinds.OnboardingRefresher, cancellationToken);

    private async Task NotifyAsync(IntegrationEvent reminder, Guid trackId, string trackTitle, IReadOnlyList<DueAssignment> people, string kind, CancellationToken cancellationToken)
    {
        if (await db.AlreadyHandledAsync(reminder, nameof(NotifyOfOnboardingReminder), clock, cancellationToken))
        {
            return;
        }

        var title = trackTitle.Length > Notification.TextMaxLength ? trackTitle[..Notification.TextMaxLength] : trackTitle;
        await db.DeliverAsync(
            hub, [.. people.Select(p => NotificationPush.New(p.PersonId, kind, title, $"/onboarding/{trackId}", clock))], cancellationToken);
    }
}
