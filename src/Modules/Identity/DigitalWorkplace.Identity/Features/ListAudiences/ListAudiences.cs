using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.ListAudiences;

/// <summary>The audiences the caller may target, by name, with their member counts; nobody else's.</summary>
internal sealed record ListAudiences : IQuery<Result<IReadOnlyList<AudienceView>>>, IAnyActivePersonRequest;

internal sealed class ListAudiencesHandler(IdentityModuleDbContext db, AudienceCatalog catalog, IdentityPolicy policy, ICurrentUser user) : IQueryHandler<ListAudiences, Result<IReadOnlyList<AudienceView>>>
{
    public async ValueTask<Result<IReadOnlyList<AudienceView>>> Handle(ListAudiences query, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        var audiences = (await catalog.AllAsync(cancellationToken)).Where(a => scope.MayTarget(a.Rule.OrgUnitIds)).ToList();
        var ids = audiences.Select(a => a.Id).ToList();
        var counts = await db.AudienceMembers.Where(m => ids.Contains(m.AudienceId)).GroupBy(m => m.AudienceId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return audiences
            .OrderBy(a => a.Name, StringComparer.CurrentCulture)
            .Select(a => new AudienceView(a.Id, a.Name, AudienceCriteria.Of(a.Rule), counts.GetValueOrDefault(a.Id)))
            .ToList();
    }
}
