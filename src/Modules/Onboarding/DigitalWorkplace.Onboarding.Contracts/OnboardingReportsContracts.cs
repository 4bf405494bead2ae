using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.Onboarding.Contracts;

/// <summary>Onboarding figures about people, for the admin pages (a season's dashboard).</summary>
public interface IOnboardingReports
{
    /// <summary>
    /// Of these people, those who have completed every track assigned to them (and have at least one). Only the people
    /// the current person administers are counted: the others are left out, as if they had not finished.
    /// </summary>
    Task<IReadOnlySet<Guid>> CompletedAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken);

    /// <summary>
    /// One track's completion among the people I administer (the first such track when none is named): the figures over
    /// all of them, the people a page of <see cref="TrackReportDto.PageSize"/> at a time (every one without a page: the CSV).
    /// </summary>
    Task<Result<TrackReportDto>> TrackReportAsync(Guid? trackId, CancellationToken cancellationToken, Guid? seasonId = null, int? page = null);
}

/// <summary>A track a manager may report on: it is assigned to people they administer.</summary>
/// <param name="Version">The version people have (a track changed since some started shows once a version).</param>
public sealed record ReportedTrackDto(Guid TrackId, string Title, int Version = 1);

/// <summary>One location's (or franchisee's) figures for a track: how many people have it, finished it, and are past its due date.</summary>
public sealed record CompletionGroupDto(string Name, int Assigned, int Completed, int Overdue)
{
    public int Percent => Assigned == 0 ? 0 : Completed * 100 / Assigned;
}

/// <summary>One person's progress on the track, as their manager follows it.</summary>
public sealed record PersonCompletionDto(Guid PersonId, string Name, string? Location, int CompletedSteps, int TotalSteps, DateOnly DueOn, bool Finished, bool Overdue, string? Franchisee = null);

/// <summary>A season the report may be narrowed to (its members only).</summary>
public sealed record ReportedSeasonDto(Guid SeasonId, string Name);

/// <summary>
/// Completion of one track among the people the caller administers — of one season's members when <see cref="SeasonId"/>
/// is set: by location and by franchisee (for charts) and by person (overdue first). Empty for someone who administers nobody.
/// </summary>
/// <param name="People">The people of the page asked (overdue first), or all of them when no page was asked.</param>
/// <param name="PeopleCount">How many people have the track, of all pages.</param>
/// <param name="Page">The page of <see cref="People"/> (1 the first), or 0 when they are all there.</param>
public sealed record TrackReportDto(
    IReadOnlyList<ReportedTrackDto> Tracks, Guid? TrackId, IReadOnlyList<CompletionGroupDto> Locations, IReadOnlyList<PersonCompletionDto> People,
    IReadOnlyList<CompletionGroupDto>? Franchisees = null, IReadOnlyList<ReportedSeasonDto>? Seasons = null, Guid? SeasonId = null, int PeopleCount = 0, int Page = 0)
{
    /// <summary>People a page: a manager's screenful, light on a phone; the figures always count everyone.</summary>
    public const int PageSize = 100;

    public int Pages => Math.Max(1, (PeopleCount + PageSize - 1) / PageSize);

    public int Completed => Locations.Sum(l => l.Completed);

    public int Overdue => Locations.Sum(l => l.Overdue);
}

