namespace DigitalWorkplace.Identity.Domain;

/// <summary>A long-lived bearer token for scripts and mobile clients. Only the SHA-256 hash of the secret is kept.</summary>
internal sealed class PersonalAccessToken
{
    public const int NameMaxLength = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PersonId { get; init; }

    public required string Name { get; init; }

    /// <summary>SHA-256 of the whole token, hex: what a presented token is looked up by.</summary>
    public required string Hash { get; init; }

    /// <summary>The first characters of the token, so a person can tell their tokens apart.</summary>
    public required string Prefix { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}
