using System.Text.Json.Nodes;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.GetScimUser;

internal sealed record GetScimUser(Guid Id) : IQuery<Result<JsonObject>>, IScimRequest;

internal sealed class GetScimUserHandler(IdentityModuleDbContext db, ScimRequestContext context) : IQueryHandler<GetScimUser, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(GetScimUser query, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(ScimUsers.IsUser).FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken) is { } person
            ? ScimUsers.ToResource(person, context.BaseUrl)
            : ScimUsers.NotFound;
}
