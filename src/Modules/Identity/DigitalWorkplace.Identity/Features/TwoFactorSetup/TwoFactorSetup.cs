using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authentication;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Features.TwoFactorSetup;

/// <summary>Starts setting up an authenticator app for one's own account: a new key, not in force until a code from the app confirms it.</summary>
internal sealed record StartTwoFactor : ICommand<Result<TwoFactorKey>>, IAnyActivePersonRequest;

/// <param name="Uri">The <c>otpauth://</c> address an authenticator app reads from a QR code.</param>
internal sealed record TwoFactorKey(string Key, string Uri);

/// <summary>Confirms the app with one of its codes: the second factor is in force, and the recovery codes are shown once.</summary>
internal sealed record ConfirmTwoFactor(string? Code) : ICommand<Result<RecoveryCodes>>, IAnyActivePersonRequest, IValidatable
{
    public void Validate(Validator validator) => validator.Required("code", Code, 32);
}

internal sealed record RecoveryCodes(IReadOnlyList<string> Codes);

/// <summary>Turns the second factor off, with a current code or a recovery code (not with a stolen session alone).</summary>
internal sealed record DisableTwoFactor(string? Code) : ICommand<Result<Done>>, IAnyActivePersonRequest, IValidatable
{
    public void Validate(Validator validator) => validator.Required("code", Code, 32);
}

internal sealed class StartTwoFactorHandler(UserManager<Person> users, ICurrentUser user) : ICommandHandler<StartTwoFactor, Result<TwoFactorKey>>
{
    public async ValueTask<Result<TwoFactorKey>> Handle(StartTwoFactor command, CancellationToken cancellationToken)
    {
        var person = await users.FindByIdAsync(user.PersonId.ToString());
        if (person is null)
        {
            return Error.NotFound("person.not_found");
        }

        if (person.TwoFactorEnabled)
        {
            return Error.Conflict("two_factor.enabled", "A second factor is already in force: turn it off first to set up another app.");
        }

        await users.ResetAuthenticatorKeyAsync(person);
        var key = (await users.GetAuthenticatorKeyAsync(person))!;
        var label = Uri.EscapeDataString($"Digital Workplace:{person.UserName ?? person.Email}");
        return new TwoFactorKey(key, $"otpauth://totp/{label}?secret={key}&issuer=Digital%20Workplace&digits=6&period=30");
    }
}

internal sealed class ConfirmTwoFactorHandler(UserManager<Person> users, ICurrentUser user, ICacheInvalidation invalidation) : ICommandHandler<ConfirmTwoFactor, Result<RecoveryCodes>>
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

        await users.SetTwoFactorEnabledAsync(person, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(person, 10);
        await invalidation.InvalidateAsync(Credentials.PersonKey(person.Id), cancellationToken);
        return new RecoveryCodes([.. codes!]);
    }
}

internal sealed class DisableTwoFactorHandler(UserManager<Person> users, ICurrentUser user, ICacheInvalidation invalidation) : ICommandHandler<DisableTwoFactor, Result<Done>>
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

        await users.SetTwoFactorEnabledAsync(person, false);
        await users.ResetAuthenticatorKeyAsync(person);
        await invalidation.InvalidateAsync(Credentials.PersonKey(person.Id), cancellationToken);
        return Done.Value;
    }
}
