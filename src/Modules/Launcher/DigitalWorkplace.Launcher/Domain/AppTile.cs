using DigitalWorkplace.Launcher.Contracts;

namespace DigitalWorkplace.Launcher.Domain;

/// <summary>An app in the launcher; with a client id, the platform signs people into it (OpenID Connect).</summary>
internal sealed class AppTile
{
    public required Guid Id { get; init; }

    public required string Name { get; set; }

    public required string Description { get; set; }

    public required string HomeUrl { get; set; }

    /// <summary>The OpenID Connect client id of the app, when the platform is its identity provider.</summary>
    public string? ClientId { get; init; }

    public string? IconUrl { get; set; }

    public required AppKind Kind { get; init; }

    /// <summary>How the launcher groups tiles; null: with the others.</summary>
    public string? Category { get; set; }

    /// <summary>The Identity audiences the tile is for: only their members see it and may sign in to it. Empty: everyone.</summary>
    public List<Guid> AudienceIds { get; set; } = [];

    /// <summary>A disabled app disappears from the launcher and is refused at the authorization endpoint.</summary>
    public bool IsEnabled { get; set; } = true;

    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A tile a person pinned, at its place in their launcher (0 first).</summary>
internal sealed class AppPin
{
    public required Guid PersonId { get; init; }

    public required Guid TileId { get; init; }

    public required int Position { get; init; }
}

/// <summary>One launch of a tile, for launch counts in the insights.</summary>
internal sealed class AppLaunch
{
    public required Guid Id { get; init; }

    public required Guid TileId { get; init; }

    public required Guid PersonId { get; init; }

    /// <summary>Where the person was (their unit) when they opened it: launches are counted by location.</summary>
    public Guid? OrgUnitId { get; init; }

    public required DateTimeOffset At { get; init; }
}
