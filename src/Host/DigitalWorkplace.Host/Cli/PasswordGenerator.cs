using System.Security.Cryptography;

namespace DigitalWorkplace.Host.Cli;

internal static class PasswordGenerator
{
    // No look-alike characters (0/O, 1/l/I): these passwords are read aloud and typed on phones.
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A random password of 16 characters (about 92 bits).</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 16);
}
