using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities.Features.ListJoinRequests;

/// <summary>The requests waiting for a decision, oldest first: the approval queue of a community's owners and moderators.</summary>
internal sealed record ListJoinRequests(Guid CommunityId) : IQuery<Result<IReadOnlyList<JoinRequestDto>>>;

internal sealed class ListJoinRequestsAuthorizer(CommunityPolicy policy) : IAuthorizer<ListJoinRequests>
{
    public async ValueTask<Error?> AuthorizeAsync(ListJoinRequests message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageMembersAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class ListJoinRequestsHandler(CommunitiesDbContext db) : IQueryHandler<ListJoinRequests, Result<IReadOnlyList<JoinRequestDto>>>
{
    public async ValueTask<Result<IReadOnlyList<JoinRequestDto>>> Handle(ListJoinRequests query, CancellationToken cancellationToken) =>
        (await db.JoinRequests.AsNoTracking().Where(r => r.CommunityId == query.CommunityId && r.Status == JoinRequestStatus.Pending)
            .OrderBy(r => r.RequestedAt).ToListAsync(cancellationToken)).ConvertAll(JoinRequests.ToDto);
}
