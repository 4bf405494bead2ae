using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Events;

namespace DigitalWorkplace.Communities.Features.ExportEventCalendar;

/// <summary>One event as an <c>.ics</c> file, for whoever may read it: "add to my calendar" on any phone.</summary>
internal sealed record ExportEventCalendar(Guid EventId, Uri Site) : IQuery<Result<string>>;

internal sealed class ExportEventCalendarAuthorizer(EventAccess access) : IAuthorizer<ExportEventCalendar>
{
    public async ValueTask<Error?> AuthorizeAsync(ExportEventCalendar message, ICurrentUser user, CancellationToken cancellationToken) =>
        await access.ReadAsync(user, message.EventId, cancellationToken);
}

internal sealed class ExportEventCalendarHandler(CommunitiesDbContext db, EventViews views) : IQueryHandler<ExportEventCalendar, Result<string>>
{
    public async ValueTask<Result<string>> Handle(ExportEventCalendar query, CancellationToken cancellationToken)
    {
        var e = await views.ToDtoAsync(await db.Events.AsNoTracking().FirstAsync(x => x.Id == query.EventId, cancellationToken), cancellationToken);
        return EventCalendar.Write([e], e.Title, query.Site);
    }
}
