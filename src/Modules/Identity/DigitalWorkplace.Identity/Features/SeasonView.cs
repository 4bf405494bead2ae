using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Features;

internal sealed record SeasonView(Guid Id, string Name, DateOnly StartDate, DateOnly EndDate, IReadOnlyList<Guid> LocationIds, int MemberCount)
{
    public static SeasonView Of(Season season, int memberCount) =>
        new(season.Id, season.Name, season.StartDate, season.EndDate, [.. season.Locations.Select(l => l.OrgUnitId)], memberCount);
}

/// <summary>The checks every season request shares: the season exists and is the caller's to see or run.</summary>
internal static class SeasonRules
{
    public static void Dates(Validator validator, DateOnly? start, DateOnly? end) =>
        validator.That(start is null || end is null || end >= start, "endDate", FieldError.Rule("before_start", "must not be before the start date."));

    public static Error NotFound() => Error.NotFound("season.not_found");
}
