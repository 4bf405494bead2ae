using System.Security.Cryptography;

namespace DigitalWorkplace.Onboarding.Domain;

/// <summary>
/// Proof that a person finished a track: issued once, in the transaction of the last step's completion, with a code
/// anyone may check at a public address. The check shows only the person's name, the track and the date.
/// </summary>
internal sealed class Certificate
{
    /// <summary>12 characters of a 31-letter alphabet without look-alikes (about 59 bits): not guessable, easy to read aloud.</summary>
    public const int CodeLength = 12;

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ2345679";

    public required Guid Id { get; init; }

    public required string Code { get; init; }

    public required Guid PersonId { get; init; }

    public required Guid TrackId { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public static string NewCode() => RandomNumberGenerator.GetString(Alphabet, CodeLength);

    public static Certificate Issue(Guid personId, Guid trackId, TimeProvider clock) =>
        new() { Id = Guid.CreateVersion7(), Code = NewCode(), PersonId = personId, TrackId = trackId, IssuedAt = clock.GetUtcNow() };

    /// <summary>The code as typed or read from a printout ("abcd-efgh-jklm"), or null when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        var code = string.Concat((typed ?? "").Where(c => c != '-' && !char.IsWhiteSpace(c))).ToUpperInvariant();
        return code.Length == CodeLength && code.All(Alphabet.Contains) ? code : null;
    }

    /// <summary>"ABCD-EFGH-JKLM", as printed.</summary>
    public static string Display(string code) => $"{code[..4]}-{code[4..8]}-{code[8..]}";
}
