using DigitalWorkplace.BuildingBlocks.Mediation;
using DigitalWorkplace.BuildingBlocks.Results;
using DigitalWorkplace.BuildingBlocks.Security;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using Mediator;

namespace DigitalWorkplace.Communities.Features.GetCommunity;

/// <summary>One community's summary: shown to anyone signed in, like the list (posts and members stay members-only).</summary>
internal sealed record GetCommunity(Guid CommunityId) : IQuery<Result<CommunitySummary>>, IAuthorizedRequest;

internal sealed class GetCommunityHandler(CommunitiesDbContext db, ICurrentUser user) : IQueryHandler<GetCommunity, Result<CommunitySummary>>
{
    public async ValueTask<Result<CommunitySummary>> Handle(GetCommunity query, CancellationToken cancellationToken) =>
        await db.SummaryAsync(query.CommunityId, user.PersonId, cancellationToken) is { } summary
            ? summary
            : CommunityPolicy.NotFound;
}
