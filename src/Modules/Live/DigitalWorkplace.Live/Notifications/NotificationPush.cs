using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Domain;
using DigitalWorkplace.Live.Features.ListNotifications;
using DigitalWorkplace.Live.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Notifications;

/// <summary>The one way a notification is made, kept in the centre and pushed to its person's open screens (on every node, their group).</summary>
internal static class NotificationPush
{
    public static Notification New(Guid personId, string kind, string text, string url, TimeProvider clock) => new()
    {
        Id = Guid.CreateVersion7(),
        PersonId = personId,
        Kind = kind,
        Text = text,
        Url = url,
        At = clock.GetUtcNow(),
    };

    private const int ExcerptLength = 140;

    /// <summary>"Author: the beginning of what they wrote", on one line, 140 characters at most: the text of comment, reply and mention notices.</summary>
    public static string Excerpt(string authorName, string text)
    {
        var oneLine = $"{authorName}: {text}".ReplaceLineEndings(" ");
        return oneLine.Length <= ExcerptLength ? oneLine : string.Concat(oneLine.AsSpan(0, ExcerptLength).TrimEnd(), "…");
    }

    /// <summary>
    /// Saves the notifications (with the handler's inbox entry, in one save), then pushes each one — as each person wants:
    /// nothing of a group they turned off, and nothing pushed during their quiet hours (it waits in the centre).
    /// </summary>
    public static async Task DeliverAsync(this LiveDbContext db, IHubContext<LiveEventsHub> hub, IReadOnlyCollection<Notification> notifications, CancellationToken cancellationToken)
    {
        var people = notifications.Select(n => n.PersonId).Distinct().ToList();
        var preferences = await db.NotificationPreferences.AsNoTracking().Where(p => people.Contains(p.PersonId)).ToDictionaryAsync(p => p.PersonId, cancellationToken);
        var wanted = notifications.Where(n => preferences.GetValueOrDefault(n.PersonId)?.Mutes(n.Kind) != true).ToList();
        db.Notifications.AddRange(wanted);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var notification in wanted.Where(n => preferences.GetValueOrDefault(n.PersonId)?.IsQuietAt(n.At) != true))
        {
            await hub.SendAsync(notification, cancellationToken);
        }
    }

    public static Task SendAsync(this IHubContext<LiveEventsHub> hub, Notification notification, CancellationToken cancellationToken) =>
        hub.Clients.Group(LiveGroups.Person(notification.PersonId)).SendAsync(LiveHub.NotificationReceived, ListNotificationsHandler.ToDto(notification), cancellationToken);
}
