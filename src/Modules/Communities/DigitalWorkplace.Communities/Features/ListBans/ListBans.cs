using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities.Features.ListBans;

/// <summary>Who is banned from the community, newest first: for its owners, moderators and administrators.</summary>
internal sealed record ListBans(Guid CommunityId) : IQuery<Result<IReadOnlyList<CommunityBanDto>>>;

internal sealed class ListBansAuthorizer(CommunityPolicy policy) : IAuthorizer<ListBans>
{
    public async ValueTask<Error?> AuthorizeAsync(ListBans message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageMembersAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class ListBansHandler(CommunitiesDbContext db, IPeopleDirectory people) : IQueryHandler<ListBans, Result<IReadOnlyList<CommunityBanDto>>>
{
    public async ValueTask<Result<IReadOnlyList<CommunityBanDto>>> Handle(ListBans query, CancellationToken cancellationToken)
    {
        var bans = await db.Bans.AsNoTracking().Where(b => b.CommunityId == query.CommunityId).OrderByDescending(b => b.BannedAt).ToListAsync(cancellationToken);
        var names = await people.GetManyAsync([.. bans.Select(b => b.PersonId)], cancellationToken);
        return bans.ConvertAll(b => new CommunityBanDto(b.PersonId, names.GetValueOrDefault(b.PersonId)?.DisplayName ?? "", b.Reason, b.BannedAt));
    }
}
