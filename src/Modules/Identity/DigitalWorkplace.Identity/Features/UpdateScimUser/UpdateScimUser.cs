using System.Text.Json;
using System.Text.Json.Nodes;
using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.UpdateScimUser;

/// <summary>
/// A directory changes a person. PUT (as Okta does) sends the whole resource: what it leaves out is cleared. PATCH (as
/// Entra does) sends add / replace / remove operations in any case, with a path or an object of values and booleans
/// as strings ("False"). Either way <c>active</c> false ends every session and token at once.
/// </summary>
internal sealed record UpdateScimUser(Guid Id, JsonElement Body, bool IsPatch) : ICommand<Result<JsonObject>>, IScimRequest;

internal sealed class UpdateScimUserHandler(ScimUsers users, ScimRequestContext context) : ICommandHandler<UpdateScimUser, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(UpdateScimUser command, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(command.Id, cancellationToken) is not { } person)
        {
            return ScimUsers.NotFound;
        }

        var values = command.IsPatch ? ScimUserValues.FromPatch(command.Body) : ScimUserValues.FromResource(command.Body);
        if (!values.IsSuccess)
        {
            return values.Error!;
        }

        var updated = await users.UpdateAsync(person, values.Value!, cancellationToken);
        return updated.IsSuccess ? ScimUsers.ToResource(updated.Value!, context.BaseUrl) : updated.Error!;
    }
}
