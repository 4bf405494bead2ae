using System.Text.Json;
using System.Text.Json.Nodes;
using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.CreateScimGroup;

/// <summary>A directory provisions a group (with or without members): 201, or 409 <c>uniqueness</c> for a name that is taken.</summary>
internal sealed record CreateScimGroup(JsonElement Resource) : ICommand<Result<JsonObject>>, IScimRequest;

internal sealed class CreateScimGroupHandler(ScimGroups groups) : ICommandHandler<CreateScimGroup, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(CreateScimGroup command, CancellationToken cancellationToken)
    {
        var created = await groups.CreateAsync(command.Resource, cancellationToken);
        return created.IsSuccess ? await groups.ToResourceAsync(created.Value!, withMembers: true, cancellationToken) : created.Error!;
    }
}
