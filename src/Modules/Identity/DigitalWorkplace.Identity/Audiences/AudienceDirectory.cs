using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Audiences;

/// <summary>
/// Implements <see cref="IAudiences"/>. A person's memberships travel with their cached status, so the launcher's and
/// onboarding's "is X in A?" costs no query; lists of members are read from the table, a page at a time.
/// </summary>
internal sealed class AudienceDirectory(Credentials credentials, AudienceCatalog catalog, IdentityModuleDbContext db, IdentityPolicy policy) : IAudiences
{
    public async Task<bool> IsMemberAsync(Guid audienceId, Guid personId, CancellationToken cancellationToken) =>
        await credentials.PersonAsync(personId, cancellationToken) is { } person && person.Audiences.Contains(audienceId);

    public async Task<IReadOnlySet<Guid>> MembershipsAsync(Guid personId, IReadOnlyCollection<Guid> audienceIds, CancellationToken cancellationToken) =>
        await credentials.PersonAsync(personId, cancellationToken) is { } person ? person.Audiences.Intersect(audienceIds).ToHashSet() : new HashSet<Guid>();

    public async Task<Page<Guid>> MembersAsync(Guid audienceId, string? after, int? pageSize, CancellationToken cancellationToken)
    {
        var size = Cursor.Clamp(pageSize);
        var members = db.AudienceMembers.AsNoTracking().Where(m => m.AudienceId == audienceId);
        if (Cursor.TryDecode(after, out var afterId) && afterId is { } last)
        {
            members = members.Where(m => m.PersonId.CompareTo(last) > 0);
        }

        var ids = await members.OrderBy(m => m.PersonId).Select(m => m.PersonId).Take(size + 1).ToListAsync(cancellationToken);
        return new Page<Guid>([.. ids.Take(size)], ids.Count > size ? Cursor.Encode(ids[size - 1]) : null);
    }

    public async Task<IReadOnlyList<(Guid Id, string Name)>> NamesAsync(CancellationToken cancellationToken) =>
        [.. (await catalog.AllAsync(cancellationToken)).OrderBy(a => a.Name, StringComparer.CurrentCulture).Select(a => (a.Id, a.Name))];

    public async Task<IReadOnlySet<Guid>> ExistingAsync(IReadOnlyCollection<Guid> audienceIds, CancellationToken cancellationToken)
    {
        var known = (await catalog.AllAsync(cancellationToken)).Select(a => a.Id).ToHashSet();
        return audienceIds.Where(known.Contains).ToHashSet();
    }

    public async Task<IReadOnlyList<(Guid Id, string Name)>> TargetableAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        return [.. (await catalog.AllAsync(cancellationToken)).Where(a => scope.MayTarget(a.Rule.OrgUnitIds)).OrderBy(a => a.Name, StringComparer.CurrentCulture).Select(a => (a.Id, a.Name))];
    }
}
