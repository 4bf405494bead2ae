using System.Text.Json.Nodes;
using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.GetScimUser;

internal sealed record GetScimUser(Guid Id) : IQuery<Result<JsonObject>>, IScimRequest;

internal sealed class GetScimUserHandler(ScimUsers users, ScimRequestContext context) : IQueryHandler<GetScimUser, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(GetScimUser query, CancellationToken cancellationToken) =>
        await users.Own().AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken) is { } person
            ? ScimUsers.ToResource(person, context.BaseUrl)
            : ScimUsers.NotFound;
}
