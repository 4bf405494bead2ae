using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.DeleteScimUser;

/// <summary>
/// A directory deletes a person it manages: their account ends (signed out everywhere, tokens revoked) and they leave its
/// groups. Their history stays, and erasing them is an administrator's decision; SCIM then shows them with
/// <c>active</c> false, so provisioning them again brings the same account back instead of meeting a uniqueness conflict.
/// </summary>
internal sealed record DeleteScimUser(Guid Id) : ICommand<Result<Done>>, IScimRequest;

internal sealed class DeleteScimUserHandler(ScimUsers users, ScimGroups groups, Accounts.AccountStatusChanges statuses) : ICommandHandler<DeleteScimUser, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(DeleteScimUser command, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(command.Id, cancellationToken) is not { ProvisionedBy: not null } person)
        {
            return ScimUsers.NotFound;
        }

        await groups.LeaveAllAsync(person, cancellationToken);
        await statuses.EndAccessAsync([person.Id], AccountStatus.Ended, cancellationToken);
        return Done.Value;
    }
}
