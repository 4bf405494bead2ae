using System.Text.Json.Nodes;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.ListScimGroups;

/// <summary>Groups by <c>displayName eq</c>, <c>externalId eq</c>, <c>id eq</c> or <c>members[value eq "user id"]</c>; without members when asked (<c>excludedAttributes=members</c>).</summary>
internal sealed record ListScimGroups(string? Filter, int? StartIndex, int? Count, bool WithMembers) : IQuery<Result<JsonObject>>, IScimRequest;

internal sealed class ListScimGroupsHandler(IdentityModuleDbContext db, ScimGroups groups) : IQueryHandler<ListScimGroups, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(ListScimGroups query, CancellationToken cancellationToken)
    {
        var parsed = ScimFilter.Parse(query.Filter);
        if (!parsed.IsSuccess)
        {
            return parsed.Error!;
        }

        var found = groups.Own().AsNoTracking();
        foreach (var condition in parsed.Value!)
        {
            var value = condition.Value;
            var id = Guid.TryParse(value, out var parsedId) ? parsedId : Guid.Empty;
            found = condition.Attribute switch
            {
                "displayname" => found.Where(g => g.DisplayName == value),
                "externalid" => found.Where(g => g.ExternalId == value),
                "id" => found.Where(g => g.Id == id),
                "members.value" => found.Where(g => db.ScimGroupMembers.Any(m => m.GroupId == g.Id && m.PersonId == id)),
                _ => null!,
            };
            if (found is null)
            {
                return new Error(ErrorKind.Validation, "scim.invalidFilter", $"Groups cannot be filtered on '{condition.Attribute}'.");
            }
        }

        return await ScimPage.Of(query.StartIndex, query.Count)
            .ListAsync(found.OrderBy(g => g.Id), g => groups.ToResourceAsync(g, query.WithMembers, cancellationToken), cancellationToken);
    }
}
