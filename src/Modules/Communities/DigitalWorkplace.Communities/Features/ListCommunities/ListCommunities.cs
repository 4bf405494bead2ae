using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;

namespace DigitalWorkplace.Communities.Features.ListCommunities;

/// <summary>Every community, private ones included (their name and description are not secret), by name.</summary>
internal sealed record ListCommunities : IQuery<Result<IReadOnlyList<CommunitySummary>>>, IAnyActivePersonRequest;

internal sealed class ListCommunitiesHandler(CommunitiesDbContext db, ICurrentUser user)
    : IQueryHandler<ListCommunities, Result<IReadOnlyList<CommunitySummary>>>
{
    public async ValueTask<Result<IReadOnlyList<CommunitySummary>>> Handle(ListCommunities query, CancellationToken cancellationToken) =>
        await db.Communities.AsNoTracking().OrderBy(c => c.Name).ToSummaries(db, user.PersonId).ToListAsync(cancellationToken);
}
