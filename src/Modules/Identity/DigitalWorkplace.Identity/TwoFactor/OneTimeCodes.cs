using DigitalWorkplace.Identity.Accounts;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace DigitalWorkplace.Identity.TwoFactor;

/// <summary>
/// The authenticator app's codes (RFC 6238: 30 s steps, 6 digits, one step of clock drift either way), checked with
/// Otp.NET against the key Identity keeps for the person. A code is accepted once: the step it matched is remembered,
/// and that step or an earlier one is refused afterwards, so a code read over a shoulder or replayed from a phishing
/// page is worth nothing once used.
/// </summary>
internal sealed class OneTimeCodes(TimeProvider clock) : IUserTwoFactorTokenProvider<Person>
{
    private const string Store = "[DigitalWorkplace]";
    private const string LastStep = "LastTotpStep";

    public Task<string> GenerateAsync(string purpose, UserManager<Person> manager, Person user) =>
        // Codes come from the person's authenticator app; the server never makes one to send.
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<Person> manager, Person user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var code = new string([.. (token ?? string.Empty).Where(char.IsDigit)]);
        if (code.Length != 6 || await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key), timeCorrection: new TimeCorrection(clock.GetUtcNow().UtcDateTime));
        if (!totp.VerifyTotp(code, out var step, new VerificationWindow(previous: 1, future: 1)))
        {
            return false;
        }

        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, Store, LastStep), out var used) ? used : -1;
        if (step <= last)
        {
            return false;
        }

        await manager.SetAuthenticationTokenAsync(user, Store, LastStep, step.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<Person> manager, Person user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));
    }
}
