using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Events;

namespace DigitalWorkplace.Communities.Features.ListCommunityEvents;

/// <summary>A community's coming events, soonest first, for whoever reads the community.</summary>
internal sealed record ListCommunityEvents(Guid CommunityId) : IQuery<Result<IReadOnlyList<EventDto>>>;

internal sealed class ListCommunityEventsAuthorizer(CommunityPolicy policy) : IAuthorizer<ListCommunityEvents>
{
    public async ValueTask<Error?> AuthorizeAsync(ListCommunityEvents message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ReadAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class ListCommunityEventsHandler(CommunitiesDbContext db, EventViews views, TimeProvider clock) : IQueryHandler<ListCommunityEvents, Result<IReadOnlyList<EventDto>>>
{
    private const int Limit = 50;

    public async ValueTask<Result<IReadOnlyList<EventDto>>> Handle(ListCommunityEvents query, CancellationToken cancellationToken)
    {
        var events = await EventAccess.Upcoming(db.Events.AsNoTracking().Where(e => e.CommunityId == query.CommunityId), clock.GetUtcNow()).Take(Limit).ToListAsync(cancellationToken);
        return Result<IReadOnlyList<EventDto>>.Success(await views.ToDtosAsync(events, cancellationToken));
    }
}
