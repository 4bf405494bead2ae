using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authentication;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Features.ConfirmTwoFactor;

/// <summary>Confirms the app with one of its codes: the second factor is in force, and the recovery codes are shown once.</summary>
internal sealed record ConfirmTwoFactor(string? Code) : ICommand<Result<RecoveryCodes>>, IAnyActivePersonRequest, IValidatable
{
    public void Validate(Validator validator) => validator.Required("code", Code, 32);
}

internal sealed record RecoveryCodes(IReadOnlyList<string> Codes);

internal sealed class ConfirmTwoFactorHandler(AuditTrail audit, Data.IdentityModuleDbContext db, UserManager<Person> users, ICurrentUser user, ICacheInvalidation invalidation) : ICommandHandler<ConfirmTwoFactor, Result<RecoveryCodes>>
{
    public async ValueTask<Result<RecoveryCodes>> Handle(ConfirmTwoFactor command, CancellationToken cancellationToken)
    {
        var person = await users.FindByIdAsync(user.PersonId.ToString());
        if (person is null || string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(person)))
        {
            return Error.Conflict("two_factor.not_started", "Start the set-up first: scan the QR code, then type the app's code.");
        }

        if (!await users.VerifyTwoFactorTokenAsync(person, users.Options.Tokens.AuthenticatorTokenProvider, command.Code!))
        {
            return Error.Validation("code", FieldError.Rule("invalid_code", "is not the app's current code."));
        }

        audit.Record(db, "two-factor.enabled", Auditing.AuditSubjects.Person(person));
        await users.SetTwoFactorEnabledAsync(person, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(person, 10);
        await invalidation.InvalidateAsync(Credentials.PersonKey(person.Id), cancellationToken);
        return new RecoveryCodes([.. codes!]);
    }
}
