using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities.Features.ListMembers;

/// <summary>
/// Who belongs, a page at a time in joining order (person ids are time-ordered): members-only for a private or secret
/// community, anyone's for a public one.
/// </summary>
internal sealed record ListMembers(Guid CommunityId, string? After, int? PageSize) : IQuery<Result<Page<CommunityMemberDto>>>, IValidatable
{
    public void Validate(Validator validator) => validator
        .That(Cursor.TryDecode(After, out _), "after", FieldError.InvalidCursor())
        .InRange("pageSize", PageSize, 1, Cursor.MaxPageSize);
}

internal sealed class ListMembersAuthorizer(CommunityPolicy policy) : IAuthorizer<ListMembers>
{
    public async ValueTask<Error?> AuthorizeAsync(ListMembers message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ReadAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class ListMembersHandler(CommunitiesDbContext db, CommunityPolicy policy, ICurrentUser user, IPeopleDirectory people) : IQueryHandler<ListMembers, Result<Page<CommunityMemberDto>>>
{
    public async ValueTask<Result<Page<CommunityMemberDto>>> Handle(ListMembers query, CancellationToken cancellationToken)
    {
        var size = Cursor.Clamp(query.PageSize);
        Cursor.TryDecode(query.After, out var after);
        var members = db.Memberships.AsNoTracking().Where(m => m.CommunityId == query.CommunityId);
        if (after is { } last)
        {
            members = members.Where(m => m.PersonId.CompareTo(last) > 0);
        }

        var page = await members.OrderBy(m => m.PersonId).Take(size + 1).ToListAsync(cancellationToken);
        var names = await people.GetManyAsync([.. page.Select(m => m.PersonId)], cancellationToken);
        // Who is muted is the moderators' business, not the other members'.
        var moderating = await policy.ManageMembersAsync(user, query.CommunityId, cancellationToken) is null;
        var items = page.Take(size)
            .Select(m => new CommunityMemberDto(m.PersonId, names.GetValueOrDefault(m.PersonId)?.DisplayName ?? "", m.Role.ToString(), m.JoinedAt, moderating ? m.MutedUntil : null))
            .ToList();
        return new Page<CommunityMemberDto>(items, page.Count > size ? Cursor.Encode(page[size - 1].PersonId) : null);
    }
}
