using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities.Features.ListCommunityAudiences;

/// <summary>The audiences the community follows, for its owners and moderators.</summary>
internal sealed record ListCommunityAudiences(Guid CommunityId) : IQuery<Result<IReadOnlyList<CommunityAudienceDto>>>;

internal sealed class ListCommunityAudiencesAuthorizer(CommunityPolicy policy) : IAuthorizer<ListCommunityAudiences>
{
    public async ValueTask<Error?> AuthorizeAsync(ListCommunityAudiences message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageMembersAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class ListCommunityAudiencesHandler(CommunitiesDbContext db, IAudiences audiences) : IQueryHandler<ListCommunityAudiences, Result<IReadOnlyList<CommunityAudienceDto>>>
{
    public async ValueTask<Result<IReadOnlyList<CommunityAudienceDto>>> Handle(ListCommunityAudiences query, CancellationToken cancellationToken)
    {
        var linked = await db.Audiences.AsNoTracking().Where(l => l.CommunityId == query.CommunityId).Select(l => l.AudienceId).ToListAsync(cancellationToken);
        var names = (await audiences.NamesAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Name);
        return linked.Select(id => new CommunityAudienceDto(id, names.GetValueOrDefault(id, ""))).OrderBy(a => a.Name, StringComparer.CurrentCulture).ToList();
    }
}
