using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;

namespace DigitalWorkplace.Communities.Features.ListCommunities;

/// <summary>Every community, private ones included (their name and description are not secret), by name; a guest's own only.</summary>
internal sealed record ListCommunities : IQuery<Result<IReadOnlyList<CommunitySummary>>>, IAnyActivePersonRequest;

internal sealed class ListCommunitiesHandler(CommunitiesDbContext db, CommunityPolicy policy, ICurrentUser user)
    : IQueryHandler<ListCommunities, Result<IReadOnlyList<CommunitySummary>>>
{
    public async ValueTask<Result<IReadOnlyList<CommunitySummary>>> Handle(ListCommunities query, CancellationToken cancellationToken)
    {
        var listable = await policy.ListableAsync(user, cancellationToken);
        var all = await db.Communities.AsNoTracking().OrderBy(c => c.Name).ToSummaries(db, user.PersonId).ToListAsync(cancellationToken);
        return all.Where(c => listable(c.Id)).ToList();
    }
}
