using DigitalWorkplace.BuildingBlocks.Text;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;

namespace DigitalWorkplace.Onboarding.Features.GetTrackReport;

/// <summary>
/// How a track is going among the people I administer (a location manager: their location; a franchisee admin: their
/// locations; HR and administrators: their units): by location and by person, overdue first. Anyone may ask: someone
/// who administers nobody gets an empty report, and a track none of their people has is 404.
/// </summary>
/// <param name="Page">The page of people (1 the first); null for all of them (the CSV).</param>
internal sealed record GetTrackReport(Guid? TrackId, Guid? SeasonId = null, int? Page = null) : IQuery<Result<TrackReportDto>>, IAnyActivePersonRequest, IValidatable
{
    /// <summary>More pages than this would be a million people: beyond it is not a page anyone asked for.</summary>
    public const int MaxPage = 10_000;

    public void Validate(Validator validator) => validator.That(Page is null or >= 1 and <= MaxPage, "page", FieldError.OutOfRange(1, MaxPage));
}

internal sealed class GetTrackReportHandler(
    OnboardingDbContext db, BuildingBlocks.Caching.StampedCache cache, IPeopleAdministration administration, IPeopleDirectory people, IOrganizationService organization, TimeProvider clock)
    : IQueryHandler<GetTrackReport, Result<TrackReportDto>>
{
    public async ValueTask<Result<TrackReportDto>> Handle(GetTrackReport query, CancellationToken cancellationToken)
    {
        // Every assignment, filtered in memory (a network's report concerns thousands of people, too many for an IN list),
        // and cached — invalidated by every assignment made, moved or erased — since every manager's report starts from them.
        var assignments = (await cache.GetAsync<OnboardingDbContext, List<AssignedRow>>(TrackAssignments.AllKey, async context =>
            await context.Assignments.AsNoTracking().Select(a => new AssignedRow(a.PersonId, a.TrackId, a.DueOn)).ToListAsync(cancellationToken)))!;
        var managed = await administration.ManagedAmongAsync([.. assignments.Select(a => a.PersonId).Distinct()], cancellationToken);
        var trackIds = assignments.Where(a => managed.Contains(a.PersonId)).Select(a => a.TrackId).ToHashSet();
        // Each version people have is a line of its own ("(version 2)" after the first), in the reader's language.
        var language = BuildingBlocks.Text.ProductLanguages.Current;
        var tracks = (await db.Tracks.AsNoTracking().Select(t => new { t.Id, t.Title, t.Description, t.Language, t.Translations, t.Version }).ToListAsync(cancellationToken))
            .Where(t => trackIds.Contains(t.Id))
            .Select(t => new ReportedTrackDto(t.Id, Domain.Track.TextIn(language, t.Language, t.Translations, t.Title, t.Description).Title, t.Version))
            .OrderBy(t => t.Title, StringComparer.CurrentCulture).ThenBy(t => t.Version).ToList();
        if (query.TrackId is { } asked && tracks.All(t => t.TrackId != asked))
        {
            return TrackAccessPolicy.TrackNotFound;
        }

        if ((query.TrackId ?? tracks.FirstOrDefault()?.TrackId) is not { } trackId)
        {
            return new TrackReportDto([], null, [], []);
        }

        // A season narrows the report to its members, as Identity shows them to the caller (a season they may not see is 404).
        HashSet<Guid>? inSeason = null;
        if (query.SeasonId is { } seasonId)
        {
            var season = await administration.SeasonAsync(seasonId, cancellationToken);
            if (!season.IsSuccess)
            {
                return Error.NotFound("onboarding.season_not_found");
            }

            inSeason = [.. season.Value!.Members.Select(m => m.PersonId)];
        }

        var total = await db.Steps.CountAsync(s => s.TrackId == trackId, cancellationToken);
        var mine = assignments.Where(a => a.TrackId == trackId && managed.Contains(a.PersonId) && (inSeason is null || inSeason.Contains(a.PersonId))).ToList();
        var units = (await organization.ListUnitsAsync(cancellationToken)).ToDictionary(u => u.Id);
        // One location's few people are looked up; a network's thousands are counted over the whole track.
        var completions = db.StepCompletions.AsNoTracking().Where(c => c.TrackId == trackId);
        if (mine.Count <= FewPeople)
        {
            var ids = mine.Select(a => a.PersonId).ToList();
            completions = completions.Where(c => ids.Contains(c.PersonId));
        }

        var done = await completions
            .GroupBy(c => c.PersonId).Select(g => new { PersonId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.PersonId, g => g.Count, cancellationToken);
        var who = await people.GetManyAsync([.. mine.Select(a => a.PersonId)], cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = mine.Select(a =>
        {
            var completed = Math.Min(done.GetValueOrDefault(a.PersonId), total);
            var finished = completed >= total;
            var person = who.GetValueOrDefault(a.PersonId);
            return new PersonCompletionDto(a.PersonId, person?.DisplayName ?? "", person?.OrgUnitName, completed, total, a.DueOn, finished, !finished && a.DueOn < today, FranchiseeOf(units, person?.OrgUnitId));
        }).OrderByDescending(p => p.Overdue).ThenBy(p => p.Finished).ThenBy(p => p.DueOn).ThenBy(p => SortKeys.Of(p.Name), SortKeys.Comparer).ToList();
        var seasons = (await organization.SeasonChoicesAsync(cancellationToken)).Select(s => new ReportedSeasonDto(s.Id, s.Name)).ToList();
        var page = query.Page is { } number ? rows.Skip((number - 1) * TrackReportDto.PageSize).Take(TrackReportDto.PageSize).ToList() : rows;
        return new TrackReportDto(
            tracks, trackId, Groups(rows, p => p.Location), page, Groups(rows.Where(p => p.Franchisee is not null), p => p.Franchisee), seasons, query.SeasonId, rows.Count, query.Page ?? 0);
    }

    private const int FewPeople = 200;

    private sealed record AssignedRow(Guid PersonId, Guid TrackId, DateOnly DueOn);

    private static List<CompletionGroupDto> Groups(IEnumerable<PersonCompletionDto> rows, Func<PersonCompletionDto, string?> by) =>
        [.. rows.GroupBy(p => by(p) ?? "")
            .Select(g => new CompletionGroupDto(g.Key, g.Count(), g.Count(p => p.Finished), g.Count(p => p.Overdue)))
            .OrderBy(g => g.Name, StringComparer.CurrentCulture)];

    /// <summary>The franchisee a location belongs to (its nearest franchisee ancestor), if any: the network's own locations have none.</summary>
    private static string? FranchiseeOf(Dictionary<Guid, OrgUnitDto> units, Guid? unitId)
    {
        for (var depth = 0; unitId is { } id && units.TryGetValue(id, out var unit) && depth < 20; depth++, unitId = unit.ParentId)
        {
            if (unit.Kind == OrgUnitKind.Franchisee)
            {
                return unit.Name;
            }
        }

        return null;
    }
}
