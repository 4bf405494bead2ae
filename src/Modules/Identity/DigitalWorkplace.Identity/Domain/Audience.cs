using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Domain;

/// <summary>
/// A saved rule for "who": every criterion that is set must hold (an org subtree, an employment type, a position, a
/// season, a tag, started less than N days ago); within a criterion, any of its values will do. An audience with no
/// criterion is everyone. Its members are kept in <see cref="AudienceMember"/>, current as people change.
/// </summary>
internal sealed class Audience
{
    public const int NameMaxLength = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public AudienceRule Rule { get; set; } = new();

    public DateTimeOffset CreatedAt { get; init; }

    public Guid? CreatedBy { get; init; }
}

/// <summary>The criteria, stored as one JSON document (they are read whole and evaluated in memory).</summary>
internal sealed record AudienceRule
{
    public IReadOnlyList<Guid> OrgUnitIds { get; init; } = [];

    public IReadOnlyList<EmploymentType> EmploymentTypes { get; init; } = [];

    public IReadOnlyList<string> Positions { get; init; } = [];

    public IReadOnlyList<Guid> SeasonIds { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>People whose start date is less than this many days ago (new starters).</summary>
    public int? StartedWithinDays { get; init; }
}

internal sealed class AudienceMember
{
    public Guid AudienceId { get; init; }

    public Guid PersonId { get; init; }

    public DateTimeOffset Since { get; init; }
}
