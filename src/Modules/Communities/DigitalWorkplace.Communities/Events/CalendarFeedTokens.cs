using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace DigitalWorkplace.Communities.Events;

/// <summary>Calendar addresses' secrets: 192 random bits in the address, their SHA-256 in the database.</summary>
internal static class CalendarFeedTokens
{
    public const int MaxLength = 64;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string Path(string token) => $"/calendar/{token}.ics";
}
