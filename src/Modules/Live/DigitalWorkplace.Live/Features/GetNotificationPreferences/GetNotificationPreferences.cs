using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Digests;
using DigitalWorkplace.Live.Domain;

namespace DigitalWorkplace.Live.Features.GetNotificationPreferences;

/// <summary>My notification preferences (everything on and no quiet hours until I change them).</summary>
internal sealed record GetNotificationPreferences : IQuery<Result<NotificationPreferencesDto>>, IAnyActivePersonRequest;

internal sealed class GetNotificationPreferencesHandler(LiveDbContext db, ICurrentUser user, DigestAvailability digests) : IQueryHandler<GetNotificationPreferences, Result<NotificationPreferencesDto>>
{
    public async ValueTask<Result<NotificationPreferencesDto>> Handle(GetNotificationPreferences query, CancellationToken cancellationToken) =>
        ToDto(await db.NotificationPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == user.PersonId, cancellationToken), await digests.ForAsync(user.PersonId, cancellationToken));

    public static NotificationPreferencesDto ToDto(NotificationPreferences? preferences, bool digestAvailable) =>
        new(NotificationKinds.Groups, preferences?.MutedGroups ?? [], preferences?.QuietFrom, preferences?.QuietTo, preferences?.TimeZone, preferences?.Digest ?? DigestFrequency.Daily, digestAvailable);
}
