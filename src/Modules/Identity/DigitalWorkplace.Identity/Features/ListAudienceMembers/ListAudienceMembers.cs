using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.ListAudienceMembers;

/// <summary>Who is in an audience now, a page at a time, as the directory shows people.</summary>
internal sealed record ListAudienceMembers(Guid AudienceId, string? After, int? PageSize) : IQuery<Result<Page<PersonSummary>>>, IValidatable
{
    public void Validate(Validator validator) => validator.That(Cursor.TryDecode(After, out _), "after", FieldError.InvalidCursor());
}

internal sealed class ListAudienceMembersAuthorizer(IdentityPolicy policy, AudienceCatalog catalog) : IAuthorizer<ListAudienceMembers>
{
    public async ValueTask<Error?> AuthorizeAsync(ListAudienceMembers message, ICurrentUser user, CancellationToken cancellationToken) =>
        await AudienceAccess.AuthorizeAsync(policy, catalog, user, message.AudienceId, cancellationToken);
}

internal sealed class ListAudienceMembersHandler(IAudiences audiences, IPeopleDirectory people) : IQueryHandler<ListAudienceMembers, Result<Page<PersonSummary>>>
{
    public async ValueTask<Result<Page<PersonSummary>>> Handle(ListAudienceMembers query, CancellationToken cancellationToken)
    {
        var page = await audiences.MembersAsync(query.AudienceId, query.After, query.PageSize, cancellationToken);
        var found = await people.GetManyAsync(page.Items, cancellationToken);
        return new Page<PersonSummary>([.. page.Items.Where(found.ContainsKey).Select(id => found[id])], page.Next);
    }
}
