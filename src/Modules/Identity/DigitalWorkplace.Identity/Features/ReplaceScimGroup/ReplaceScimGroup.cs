using System.Text.Json;
using System.Text.Json.Nodes;
using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.ReplaceScimGroup;

/// <summary>PUT: the group's name and exactly the members listed.</summary>
internal sealed record ReplaceScimGroup(Guid Id, JsonElement Resource) : ICommand<Result<JsonObject>>, IScimRequest;

internal sealed class ReplaceScimGroupHandler(ScimGroups groups) : ICommandHandler<ReplaceScimGroup, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(ReplaceScimGroup command, CancellationToken cancellationToken)
    {
        if (await groups.FindAsync(command.Id, cancellationToken) is not { } group)
        {
            return ScimGroups.NotFound;
        }

        var replaced = await groups.ReplaceAsync(group, command.Resource, cancellationToken);
        return replaced.IsSuccess ? await groups.ToResourceAsync(replaced.Value!, withMembers: true, cancellationToken) : replaced.Error!;
    }
}
