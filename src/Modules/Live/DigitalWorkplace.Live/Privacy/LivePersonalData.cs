using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Privacy;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Live.Data;

namespace DigitalWorkplace.Live.Privacy;

/// <summary>A person's notifications, their preferences (groups, quiet hours, digest) and when their last digest was mailed.</summary>
internal sealed class LivePersonalData(LiveDbContext db) : IPersonalDataSource
{
    public string Name => "notifications";

    public async Task<object> ExportAsync(Guid personId, CancellationToken cancellationToken) => new
    {
        Notifications = await db.Notifications.AsNoTracking().Where(n => n.PersonId == personId).OrderBy(n => n.Id)
            .Select(n => new { n.Kind, n.Text, n.Url, n.At, n.ReadAt }).ToListAsync(cancellationToken),
        Preferences = await db.NotificationPreferences.AsNoTracking().Where(p => p.PersonId == personId)
            .Select(p => new { p.MutedGroups, p.QuietFrom, p.QuietTo, p.TimeZone, p.Digest, p.Language }).SingleOrDefaultAsync(cancellationToken),
        LastDigest = await db.DigestCursors.AsNoTracking().Where(c => c.PersonId == personId).Select(c => (DateTimeOffset?)c.LastSentAt).SingleOrDefaultAsync(cancellationToken),
    };
}

[IntegrationEventSubscriber("live.erase-person")]
internal sealed class ErasePersonFromLive(LiveDbContext db) : IIntegrationEventHandler<PersonErasedIntegrationEvent>
{
    public async Task HandleAsync(PersonErasedIntegrationEvent erased, CancellationToken cancellationToken)
    {
        await db.Notifications.Where(n => n.PersonId == erased.PersonId).ExecuteDeleteAsync(cancellationToken);
        await db.NotificationPreferences.Where(p => p.PersonId == erased.PersonId).ExecuteDeleteAsync(cancellationToken);
        await db.DigestCursors.Where(c => c.PersonId == erased.PersonId).ExecuteDeleteAsync(cancellationToken);
    }
}
