using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Events;

namespace DigitalWorkplace.Communities.Features.GetEvent;

internal sealed record GetEvent(Guid EventId) : IQuery<Result<EventDto>>;

internal sealed class GetEventAuthorizer(EventAccess access) : IAuthorizer<GetEvent>
{
    public async ValueTask<Error?> AuthorizeAsync(GetEvent message, ICurrentUser user, CancellationToken cancellationToken) =>
        await access.ReadAsync(user, message.EventId, cancellationToken);
}

internal sealed class GetEventHandler(CommunitiesDbContext db, EventViews views) : IQueryHandler<GetEvent, Result<EventDto>>
{
    public async ValueTask<Result<EventDto>> Handle(GetEvent query, CancellationToken cancellationToken) =>
        await views.ToDtoAsync(await db.Events.AsNoTracking().FirstAsync(e => e.Id == query.EventId, cancellationToken), cancellationToken);
}
