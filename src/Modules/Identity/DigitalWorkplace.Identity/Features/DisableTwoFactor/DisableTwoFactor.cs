using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authentication;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Features.DisableTwoFactor;

/// <summary>Turns the second factor off, with a current code or a recovery code (not with a stolen session alone).</summary>
internal sealed record DisableTwoFactor(string? Code) : ICommand<Result<Done>>, IAnyActivePersonRequest, IValidatable
{
    public void Validate(Validator validator) => validator.Required("code", Code, 32);
}

internal sealed class DisableTwoFactorHandler(AuditTrail audit, Data.IdentityModuleDbContext db, UserManager<Person> users, ICurrentUser user, ICacheInvalidation invalidation) : ICommandHandler<DisableTwoFactor, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(DisableTwoFactor command, CancellationToken cancellationToken)
    {
        var person = await users.FindByIdAsync(user.PersonId.ToString());
        if (person is not { TwoFactorEnabled: true })
        {
            return Done.Value;
        }

        var proven = await users.VerifyTwoFactorTokenAsync(person, users.Options.Tokens.AuthenticatorTokenProvider, command.Code!)
            || (await users.RedeemTwoFactorRecoveryCodeAsync(person, command.Code!.Trim())).Succeeded;
        if (!proven)
        {
            return Error.Validation("code", FieldError.Rule("invalid_code", "is neither the app's current code nor an unused recovery code."));
        }

        audit.Record(db, "two-factor.disabled", Auditing.AuditSubjects.Person(person));
        await users.SetTwoFactorEnabledAsync(person, false);
        await users.ResetAuthenticatorKeyAsync(person);
        await invalidation.InvalidateAsync(Credentials.PersonKey(person.Id), cancellationToken);
        return Done.Value;
    }
}
