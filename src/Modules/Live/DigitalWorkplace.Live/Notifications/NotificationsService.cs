using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Live.Features.ListNotifications;
using DigitalWorkplace.Live.Features.MarkNotificationsRead;

namespace DigitalWorkplace.Live.Notifications;

/// <summary>The notification centre for the UI; nobody signed in simply has none.</summary>
internal sealed class NotificationsService(ISender sender) : INotificationsService
{
    public async Task<IReadOnlyList<NotificationDto>> MineAsync(int take, CancellationToken cancellationToken) =>
        (await sender.Send(new ListNotifications(Math.Clamp(take, 1, ListNotifications.MaxTake)), cancellationToken)).Value?.Items ?? [];

    public async Task<NotificationPreferencesDto> PreferencesAsync(CancellationToken cancellationToken) =>
        (await sender.Send(new Features.GetNotificationPreferences.GetNotificationPreferences(), cancellationToken)).Value!;

    public async Task<BuildingBlocks.Results.Result<NotificationPreferencesDto>> SetPreferencesAsync(NotificationPreferencesInput preferences, CancellationToken cancellationToken) =>
        await sender.Send(new Features.SetNotificationPreferences.SetNotificationPreferences(preferences), cancellationToken);

    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken) =>
        (await sender.Send(new ListNotifications(1), cancellationToken)).Value?.UnreadCount ?? 0;

    public async Task MarkAllReadAsync(CancellationToken cancellationToken) =>
        await sender.Send(new MarkNotificationsRead(), cancellationToken);
}
