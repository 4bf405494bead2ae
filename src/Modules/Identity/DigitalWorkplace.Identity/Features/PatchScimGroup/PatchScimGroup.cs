using System.Text.Json;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.PatchScimGroup;

/// <summary>Membership changes as Entra and Okta send them; 204, since a large group's members are not worth sending back.</summary>
internal sealed record PatchScimGroup(Guid Id, JsonElement Patch) : ICommand<Result<Done>>, IScimRequest;

internal sealed class PatchScimGroupHandler(ScimGroups groups) : ICommandHandler<PatchScimGroup, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(PatchScimGroup command, CancellationToken cancellationToken)
    {
        if (await groups.FindAsync(command.Id, cancellationToken) is not { } group)
        {
            return ScimGroups.NotFound;
        }

        var patched = await groups.PatchAsync(group, command.Patch, cancellationToken);
        return patched.IsSuccess ? Done.Value : patched.Error!;
    }
}
