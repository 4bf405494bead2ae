using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.BrandValues;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.Features.GetValuesWall;

/// <summary>
/// The values wall: for a period (UTC days, the last 30 by default), optionally one value or one location, how many
/// people were recognised for each value and at each location, and the latest recognition posts — all of them among the
/// published recognitions in communities the reader may read (public ones and their own), so that no figure tells of a
/// private community.
/// </summary>
internal sealed record GetValuesWall(Guid? ValueId, Guid? OrgUnitId, DateOnly? From, DateOnly? To) : IQuery<Result<ValuesWallDto>>, IAnyActivePersonRequest, IValidatable
{
    public const int MaxDays = 1100;

    /// <summary>The days a period may name: enough for any history, far from the calendar's ends (no date arithmetic overflows).</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static readonly DateOnly Latest = new(2100, 12, 31);

    public void Validate(Validator validator)
    {
        validator
            .That(From is null || (From >= Earliest && From <= Latest), "from", FieldError.Rule("date_out_of_range", "must be between 2000-01-01 and 2100-12-31."))
            .That(To is null || (To >= Earliest && To <= Latest), "to", FieldError.Rule("date_out_of_range", "must be between 2000-01-01 and 2100-12-31."));
        if (!validator.IsValid)
        {
            return;
        }

        var (from, to) = Period(DateOnly.FromDateTime(DateTime.UtcNow));
        validator
            .That(from <= to, "from", FieldError.Rule("after_to", "must be on or before the end of the period."))
            .That(to.DayNumber - from.DayNumber <= MaxDays, "from", FieldError.Rule("period_too_long", $"must be at most {MaxDays} days before the end.", new Dictionary<string, object> { ["max"] = MaxDays }));
    }

    public (DateOnly From, DateOnly To) Period(DateOnly today)
    {
        var to = To ?? today;
        return (From ?? to.AddDays(-29), to);
    }
}

internal sealed class GetValuesWallHandler(
    FeedsDbContext db, BrandValueCatalog catalog, PostViews views, ICommunityAccess access, IOrganizationService organization, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetValuesWall, Result<ValuesWallDto>>
{
    public const int RecentCount = 10;

    public async ValueTask<Result<ValuesWallDto>> Handle(GetValuesWall query, CancellationToken cancellationToken)
    {
        var (from, to) = query.Period(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        // Counted among the communities the reader may read: a figure never tells of a private community's thanks.
        var readable = (await access.ReadableAsync(user.PersonId, cancellationToken)).ToList();
        var given = db.Recognitions.AsNoTracking()
            .Where(r => r.GivenAt >= start && r.GivenAt < end && readable.Contains(r.CommunityId))
            .Join(db.Posts.Where(p => p.Status == ContentStatus.Published), r => r.PostId, p => p.Id, (r, _) => r);
        if (query.ValueId is { } valueId)
        {
            given = given.Where(r => r.BrandValueId == valueId);
        }

        if (query.OrgUnitId is { } unit)
        {
            given = given.Where(r => r.OrgUnitId == unit);
        }

        var byValue = await given.GroupBy(r => r.BrandValueId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byLocation = await given.GroupBy(r => r.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var values = await catalog.AllAsync(cancellationToken);
        var units = (await organization.ListUnitsAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        return new ValuesWallDto(
            from,
            to,
            [.. byValue.Where(v => values.ContainsKey(v.Key)).Select(v => new ValueCountDto(values[v.Key], v.Count)).OrderByDescending(v => v.Count).ThenBy(v => v.Value.Position)],
            [.. byLocation.Select(l => new LocationCountDto(l.Key, l.Key is { } id ? units.GetValueOrDefault(id) : null, l.Count)).OrderByDescending(l => l.Count).ThenBy(l => l.Name, StringComparer.CurrentCulture)],
            await RecentAsync(given, cancellationToken));
    }

    // The newest recognition posts (already kept to the communities the reader may read).
    private async Task<IReadOnlyList<PostDto>> RecentAsync(IQueryable<Recognition> given, CancellationToken cancellationToken)
    {
        var ids = await given.Select(r => r.PostId).Distinct().OrderByDescending(id => id).Take(RecentCount).ToListAsync(cancellationToken);
        var rows = await PostViews.Rows(db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderByDescending(p => p.Id)).ToListAsync(cancellationToken);
        return await views.ToDtosAsync(rows, user.PersonId, cancellationToken);
    }
}
