using System.Text.Json.Nodes;
using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.GetScimGroup;

internal sealed record GetScimGroup(Guid Id, bool WithMembers) : IQuery<Result<JsonObject>>, IScimRequest;

internal sealed class GetScimGroupHandler(ScimGroups groups) : IQueryHandler<GetScimGroup, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(GetScimGroup query, CancellationToken cancellationToken) =>
        await groups.FindAsync(query.Id, cancellationToken) is { } group
            ? await groups.ToResourceAsync(group, query.WithMembers, cancellationToken)
            : ScimGroups.NotFound;
}
