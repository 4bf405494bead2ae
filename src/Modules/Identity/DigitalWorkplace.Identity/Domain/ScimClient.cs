namespace DigitalWorkplace.Identity.Domain;

/// <summary>
/// A directory that provisions people over SCIM (Entra ID, Okta), with its bearer token: created by a platform
/// administrator, shown once, kept as a SHA-256 hash, good for <c>/scim/v2</c> and nothing else.
/// </summary>
internal sealed class ScimClient
{
    public const int NameMaxLength = 100;
    public const int TenantIdMaxLength = 64;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public required string Hash { get; init; }

    public required string Prefix { get; init; }

    /// <summary>The Entra tenant whose directory this is: Entra sign-in recognises the people it provisioned (their externalId is the object id).</summary>
    public string? TenantId { get; set; }

    /// <summary>Where the people it creates are placed when their department names no unit.</summary>
    public Guid? DefaultOrgUnitId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid? CreatedBy { get; init; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>A directory group, provisioned over SCIM: its members carry its tag, which audiences select on.</summary>
internal sealed class ScimGroup
{
    public const int DisplayNameMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string DisplayName { get; set; }

    public string? ExternalId { get; set; }

    /// <summary>The audience tag its members carry, made from its first name and kept when it is renamed (audiences name it).</summary>
    public required string Tag { get; init; }

    public Guid ClientId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class ScimGroupMember
{
    public Guid GroupId { get; init; }

    public Guid PersonId { get; init; }
}
