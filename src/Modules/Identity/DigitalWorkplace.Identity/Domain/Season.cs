namespace DigitalWorkplace.Identity.Domain;

/// <summary>
/// A season (summer 2026 at the airport cafés): it groups seasonal contracts, and its last day is its members' last day
/// unless their own contract ends sooner. It may name the locations it staffs.
/// </summary>
internal sealed class Season
{
    public const int NameMaxLength = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public List<SeasonLocation> Locations { get; init; } = [];
}

internal sealed class SeasonLocation
{
    public Guid SeasonId { get; init; }

    public Guid OrgUnitId { get; init; }
}

/// <summary>How someone came to be in a season.</summary>
internal enum SeasonJoin
{
    Manual,
    Import,
    Invitation,
    Returning,
}

/// <summary>A person's contract in a season; kept after the season ends, so "last summer's team" can come back in one action.</summary>
internal sealed class SeasonMember
{
    public Guid SeasonId { get; init; }

    public Guid PersonId { get; init; }

    public SeasonJoin JoinedBy { get; init; }

    public DateTimeOffset JoinedAt { get; init; }
}
