using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Events;

namespace DigitalWorkplace.Communities.Features.ListMyEvents;

/// <summary>The coming events of the communities the person is a member of, soonest first: the home page's and the calendar feed's.</summary>
internal sealed record ListMyEvents(int? Take) : IQuery<Result<IReadOnlyList<EventDto>>>, IAnyActivePersonRequest, IValidatable
{
    public const int MaxTake = 200;

    public void Validate(Validator validator) => validator.InRange("take", Take, 1, MaxTake);
}

internal sealed class ListMyEventsHandler(CommunitiesDbContext db, CommunityPolicy policy, EventViews views, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListMyEvents, Result<IReadOnlyList<EventDto>>>
{
    public async ValueTask<Result<IReadOnlyList<EventDto>>> Handle(ListMyEvents query, CancellationToken cancellationToken)
    {
        var communities = (await policy.MembershipsAsync(user.PersonId, cancellationToken)).ToList();
        if (communities.Count == 0)
        {
            return Result<IReadOnlyList<EventDto>>.Success([]);
        }

        var events = await EventAccess.Upcoming(db.Events.AsNoTracking().Where(e => communities.Contains(e.CommunityId)), clock.GetUtcNow())
            .Take(query.Take ?? 20).ToListAsync(cancellationToken);
        return Result<IReadOnlyList<EventDto>>.Success(await views.ToDtosAsync(events, cancellationToken));
    }
}
