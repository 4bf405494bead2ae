using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;

namespace DigitalWorkplace.Communities.Features.GetCommunity;

/// <summary>One community's summary: shown to anyone signed in, like the list (posts and members stay members-only); a guest sees only theirs.</summary>
internal sealed record GetCommunity(Guid CommunityId) : IQuery<Result<CommunitySummary>>;

internal sealed class GetCommunityAuthorizer(CommunityPolicy policy) : IAuthorizer<GetCommunity>
{
    public async ValueTask<Error?> AuthorizeAsync(GetCommunity message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.SeeAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class GetCommunityHandler(CommunitiesDbContext db, ICurrentUser user) : IQueryHandler<GetCommunity, Result<CommunitySummary>>
{
    public async ValueTask<Result<CommunitySummary>> Handle(GetCommunity query, CancellationToken cancellationToken) =>
        await db.SummaryAsync(query.CommunityId, user.PersonId, cancellationToken) is { } summary
            ? summary
            : CommunityPolicy.NotFound;
}
