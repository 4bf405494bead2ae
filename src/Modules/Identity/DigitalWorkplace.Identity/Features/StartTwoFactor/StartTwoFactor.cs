using DigitalWorkplace.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Features.StartTwoFactor;

/// <summary>Starts (or resumes) setting up an authenticator app for one's own account: a key, not in force until a code from the app confirms it.</summary>
internal sealed record StartTwoFactor : ICommand<Result<TwoFactorKey>>, IAnyActivePersonRequest;

/// <param name="Uri">The <c>otpauth://</c> address an authenticator app reads from a QR code.</param>
internal sealed record TwoFactorKey(string Key, string Uri);

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

        // A set-up not yet confirmed keeps its key: the app scanned a moment ago must go on matching.
        var key = await users.GetAuthenticatorKeyAsync(person);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(person);
            key = (await users.GetAuthenticatorKeyAsync(person))!;
        }

        var label = Uri.EscapeDataString($"Digital Workplace:{person.UserName ?? person.Email}");
        return new TwoFactorKey(key, $"otpauth://totp/{label}?secret={key}&issuer=Digital%20Workplace&digits=6&period=30");
    }
}
