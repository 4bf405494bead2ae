using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Domain;

internal enum InvitationKind
{
    /// <summary>A link (or its QR code) for one invited person, used once.</summary>
    Personal,

    /// <summary>A short code for a location that people type on their phone; it creates their account.</summary>
    LocationCode,
}

/// <summary>
/// A way in without a corporate e-mail. A personal link's secret is kept as its SHA-256 (what a presented link is looked
/// up by) and, data-protected, so that the location's printable sheet of QR codes can be printed again; a location code is
/// short, shown to its managers, and only as strong as its expiry, its use limit and the attempt throttle make it.
/// </summary>
internal sealed class Invitation
{
    public const int CodeLength = 8;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public InvitationKind Kind { get; init; }

    /// <summary>The invited person (personal links).</summary>
    public Guid? PersonId { get; init; }

    public Guid? OrgUnitId { get; init; }

    /// <summary>The season people joining by this code join (location codes).</summary>
    public Guid? SeasonId { get; init; }

    public EmploymentType EmploymentType { get; init; }

    /// <summary>The location code, upper case, without separators; null for a personal link.</summary>
    public string? Code { get; init; }

    /// <summary>SHA-256 of a personal link's secret, hex.</summary>
    public string? SecretHash { get; init; }

    /// <summary>The secret, data-protected (for printing the link again).</summary>
    public string? ProtectedSecret { get; init; }

    public bool RequiresApproval { get; init; }

    public int? MaxUses { get; init; }

    public int Uses { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid? CreatedBy { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsUsableAt(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now && (MaxUses is null || Uses < MaxUses);
}
