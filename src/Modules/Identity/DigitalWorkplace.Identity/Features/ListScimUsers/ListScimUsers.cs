using System.Text.Json.Nodes;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Scim;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Features.ListScimUsers;

/// <summary>
/// The people a directory looks for before creating one (<c>userName eq</c>, <c>externalId eq</c>), or all of them a page
/// at a time: only those it provisioned (<see cref="ScimUsers.Own"/>).
/// </summary>
internal sealed record ListScimUsers(string? Filter, int? StartIndex, int? Count) : IQuery<Result<JsonObject>>, IScimRequest;

internal sealed class ListScimUsersHandler(ScimUsers users, ILookupNormalizer normalizer, ScimRequestContext context)
    : IQueryHandler<ListScimUsers, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(ListScimUsers query, CancellationToken cancellationToken)
    {
        var parsed = ScimFilter.Parse(query.Filter);
        if (!parsed.IsSuccess)
        {
            return parsed.Error!;
        }

        var people = users.Own().AsNoTracking();
        foreach (var condition in parsed.Value!)
        {
            var value = condition.Value;
            switch (condition.Attribute)
            {
                case "username":
                    var userName = normalizer.NormalizeName(value);
                    people = people.Where(p => p.NormalizedUserName == userName);
                    break;
                case "externalid":
                    people = people.Where(p => p.ExternalId == value);
                    break;
                case "id":
                    var id = Guid.TryParse(value, out var parsedId) ? parsedId : Guid.Empty;
                    people = people.Where(p => p.Id == id);
                    break;
                case "emails.value" or "emails":
                    var email = normalizer.NormalizeEmail(value);
                    people = people.Where(p => p.NormalizedEmail == email);
                    break;
                case "displayname":
                    people = people.Where(p => p.DisplayName == value);
                    break;
                default:
                    return new Error(ErrorKind.Validation, "scim.invalidFilter", $"Users cannot be filtered on '{condition.Attribute}'.");
            }
        }

        var baseUrl = context.BaseUrl;
        return await ScimPage.Of(query.StartIndex, query.Count).ListAsync(people.OrderBy(p => p.Id), p => ScimUsers.ToResource(p, baseUrl), cancellationToken);
    }
}
