using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.DeleteScimGroup;

/// <summary>The group goes; its members shed its tag and leave the audiences it put them in.</summary>
internal sealed record DeleteScimGroup(Guid Id) : ICommand<Result<Done>>, IScimRequest;

internal sealed class DeleteScimGroupHandler(ScimGroups groups) : ICommandHandler<DeleteScimGroup, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(DeleteScimGroup command, CancellationToken cancellationToken)
    {
        if (await groups.FindAsync(command.Id, cancellationToken) is not { } group)
        {
            return ScimGroups.NotFound;
        }

        await groups.DeleteAsync(group, cancellationToken);
        return Done.Value;
    }
}
