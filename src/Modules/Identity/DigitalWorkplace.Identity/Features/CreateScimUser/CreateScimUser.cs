using System.Text.Json;
using System.Text.Json.Nodes;
using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.CreateScimUser;

/// <summary>A directory provisions a person: 201 with the resource, 409 <c>uniqueness</c> when the userName, e-mail or employee number is taken.</summary>
internal sealed record CreateScimUser(JsonElement Resource) : ICommand<Result<JsonObject>>, IScimRequest;

internal sealed class CreateScimUserHandler(ScimUsers users, ScimRequestContext context) : ICommandHandler<CreateScimUser, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(CreateScimUser command, CancellationToken cancellationToken)
    {
        var values = ScimUserValues.FromResource(command.Resource);
        if (!values.IsSuccess)
        {
            return values.Error!;
        }

        var created = await users.CreateAsync(values.Value!, cancellationToken);
        return created.IsSuccess ? ScimUsers.ToResource(created.Value!, context.BaseUrl) : created.Error!;
    }
}
