using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace DigitalWorkplace.Identity.Authentication;

/// <summary>
/// Bearer tokens: a prefix that says what they open ("dwp_" a person's API access, "dws_" a directory's SCIM access) and
/// base64url(32 random bytes). Only their SHA-256 is stored.
/// </summary>
internal static class AccessTokenSecrets
{
    public const string Prefix = "dwp_";

    public const string ScimPrefix = "dws_";

    /// <summary>"dwp_" and a few characters: enough to tell tokens apart, far too few to guess the rest.</summary>
    private const int DisplayPrefixLength = 10;

    public static (string Token, string Hash, string DisplayPrefix) Generate(string prefix = Prefix)
    {
        var token = prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token), token[..DisplayPrefixLength]);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool LooksLikeToken(string? value, string prefix = Prefix) => value is { Length: > 40 and < 100 } && value.StartsWith(prefix, StringComparison.Ordinal);
}
