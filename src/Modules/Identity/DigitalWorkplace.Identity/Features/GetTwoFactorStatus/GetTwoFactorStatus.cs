using DigitalWorkplace.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Features.GetTwoFactorStatus;

/// <summary>Whether one's own second factor is in force, and how many recovery codes are left.</summary>
internal sealed record GetTwoFactorStatus : IQuery<Result<TwoFactorStatus>>, IAnyActivePersonRequest;

internal sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft);

internal sealed class GetTwoFactorStatusHandler(UserManager<Person> users, ICurrentUser user) : IQueryHandler<GetTwoFactorStatus, Result<TwoFactorStatus>>
{
    public async ValueTask<Result<TwoFactorStatus>> Handle(GetTwoFactorStatus query, CancellationToken cancellationToken)
    {
        var person = await users.FindByIdAsync(user.PersonId.ToString());
        return person is null
            ? Error.NotFound("person.not_found")
            : new TwoFactorStatus(person.TwoFactorEnabled, person.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(person) : 0);
    }
}
