using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Authentication;

/// <summary>
/// A cookie, protected by the data-protection keys, naming the accounts that signed in from this browser before: their
/// owners are counted on their own, never held up by waits that strangers' guesses set (see <see cref="SignInThrottle"/>).
/// </summary>
internal sealed class KnownDevices(IDataProtectionProvider protection, ILookupNormalizer normalizer, TimeProvider clock)
{
    public const string CookieName = "dw.device";
    private const int MaxAccounts = 5;

    private readonly IDataProtector _protector = protection.CreateProtector("DigitalWorkplace.Identity.KnownDevices");

    public bool IsKnown(HttpRequest request, string account) =>
        Accounts(request).Contains(Normalize(account), StringComparer.Ordinal);

    public void Remember(HttpContext context, string account)
    {
        var accounts = Accounts(context.Request).Prepend(Normalize(account)).Distinct(StringComparer.Ordinal).Take(MaxAccounts);
        context.Response.Cookies.Append(CookieName, _protector.Protect(string.Join('\n', accounts)), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Expires = clock.GetUtcNow().AddYears(1),
        });
    }

    private string Normalize(string account) => normalizer.NormalizeEmail(account.Trim());

    private string[] Accounts(HttpRequest request)
    {
        if (request.Cookies[CookieName] is not { Length: > 0 } value)
        {
            return [];
        }

        try
        {
            return _protector.Unprotect(value).Split('\n');
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Forged, or from keys that have since rotated away: no known device.
            return [];
        }
    }
}
