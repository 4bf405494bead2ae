using DigitalWorkplace.Communities.Data;

namespace DigitalWorkplace.Communities.Features.GetCover;

/// <summary>The community's cover, for whoever may see that the community exists (a secret one's: its members).</summary>
internal sealed record GetCover(Guid CommunityId) : IQuery<Result<CoverFile>>;

internal sealed record CoverFile(byte[] Content, long Version);

internal sealed class GetCoverAuthorizer(CommunityPolicy policy) : IAuthorizer<GetCover>
{
    public async ValueTask<Error?> AuthorizeAsync(GetCover message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.SeeAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class GetCoverHandler(CommunitiesDbContext db) : IQueryHandler<GetCover, Result<CoverFile>>
{
    public async ValueTask<Result<CoverFile>> Handle(GetCover query, CancellationToken cancellationToken) =>
        await (from cover in db.Covers.AsNoTracking()
               join community in db.Communities on cover.CommunityId equals community.Id
               where cover.CommunityId == query.CommunityId && community.CoverVersion != null
               select new CoverFile(cover.Content, community.CoverVersion!.Value)).FirstOrDefaultAsync(cancellationToken) is { } found
            ? found
            : Error.NotFound("cover.not_found");
}
