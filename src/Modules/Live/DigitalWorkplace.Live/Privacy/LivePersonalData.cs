using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Privacy;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Live.Data;

namespace DigitalWorkplace.Live.Privacy;

/// <summary>A person's notifications.</summary>
internal sealed class LivePersonalData(LiveDbContext db) : IPersonalDataSource
{
    public string Name => "notifications";

    public async Task<object> ExportAsync(Guid personId, CancellationToken cancellationToken) => new
    {
        Notifications = await db.Notifications.AsNoTracking().Where(n => n.PersonId == personId).OrderBy(n => n.Id)
            .Select(n => new { n.Kind, n.Text, n.Url, n.At, n.ReadAt }).ToListAsync(cancellationToken),
    };
}

[IntegrationEventSubscriber("live.erase-person")]
internal sealed class ErasePersonFromLive(LiveDbContext db) : IIntegrationEventHandler<PersonErasedIntegrationEvent>
{
    public Task HandleAsync(PersonErasedIntegrationEvent erased, CancellationToken cancellationToken) =>
        db.Notifications.Where(n => n.PersonId == erased.PersonId).ExecuteDeleteAsync(cancellationToken);
}
