using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Domain;

namespace DigitalWorkplace.Live.Features.ListNotifications;

/// <summary>The current person's newest notifications and their unread count.</summary>
internal sealed record ListNotifications(int? Take) : IQuery<Result<NotificationListDto>>, IAnyActivePersonRequest, IValidatable
{
    public const int DefaultTake = 20;
    public const int MaxTake = 100;

    public void Validate(Validator validator) =>
        validator.InRange("take", Take, 1, MaxTake);
}

internal sealed class ListNotificationsHandler(LiveDbContext db, ICurrentUser user) : IQueryHandler<ListNotifications, Result<NotificationListDto>>
{
    public async ValueTask<Result<NotificationListDto>> Handle(ListNotifications query, CancellationToken cancellationToken)
    {
        var personId = user.PersonId;
        var notifications = await db.Notifications.AsNoTracking()
            .Where(n => n.PersonId == personId)
            .OrderByDescending(n => n.Id)
            .Take(query.Take ?? ListNotifications.DefaultTake)
            .ToListAsync(cancellationToken);
        var unread = await db.Notifications.CountAsync(n => n.PersonId == personId && n.ReadAt == null, cancellationToken);
        return new NotificationListDto([.. notifications.Select(ToDto)], unread);
    }

    public static NotificationDto ToDto(Notification notification) =>
        new(notification.Id, notification.Kind, notification.Text, notification.Url, notification.At, notification.ReadAt is not null);
}
