using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace DigitalWorkplace.Identity.Invitations;

/// <summary>How invitation links and location codes are made, read back and looked up.</summary>
internal sealed class InvitationSecrets(IDataProtectionProvider protection)
{
    /// <summary>No 0/O, 1/I/L: a code is read off a poster and typed on a phone. 32 symbols, 8 of them: 40 bits.</summary>
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private readonly IDataProtector _protector = protection.CreateProtector("DigitalWorkplace.Identity.Invitations.v1");

    public static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, Domain.Invitation.CodeLength);

    /// <summary>"K7QM-2XDP" for posters; what people type is read back with <see cref="NormalizeCode"/>.</summary>
    public static string FormatCode(string code) => code.Length == 8 ? $"{code[..4]}-{code[4..]}" : code;

    /// <summary>Upper case, without spaces or dashes; null when it cannot be a code at all.</summary>
    public static string? NormalizeCode(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 32)
        {
            return null;
        }

        var code = new string([.. typed.ToUpperInvariant().Where(c => c is not (' ' or '-'))]);
        return code.Length == Domain.Invitation.CodeLength && code.All(CodeAlphabet.Contains) ? code : null;
    }

    /// <summary>The one way a personal link is made (by hand or by an import): single use, for the invited person, in their unit; with its secret.</summary>
    public (Domain.Invitation Invitation, string Secret) PersonalInvitation(Accounts.Person person, Guid? seasonId, Guid? createdBy, DateTimeOffset now, int days)
    {
        ArgumentNullException.ThrowIfNull(person);
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
        return (new Domain.Invitation
        {
            Kind = Domain.InvitationKind.Personal,
            PersonId = person.Id,
            OrgUnitId = person.OrgUnitId,
            SeasonId = seasonId,
            EmploymentType = person.EmploymentType,
            SecretHash = Hash(secret),
            ProtectedSecret = _protector.Protect(secret),
            MaxUses = 1,
            ExpiresAt = now.AddDays(days),
            CreatedAt = now,
            CreatedBy = createdBy,
        }, secret);
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>A link's secret again, for printing; null when the keys it was protected with are gone.</summary>
    public string? Unprotect(string? protectedSecret)
    {
        if (protectedSecret is null)
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(protectedSecret);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>A link's secret is 32 base64url characters; anything else is not worth a query.</summary>
    public static bool LooksLikeSecret(string? value) => value is { Length: 32 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string JoinPath(string secret) => "/join/" + secret;

    public static string CodePath(string code) => "/join?code=" + code;
}
