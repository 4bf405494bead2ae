using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.BrandValues;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.Features.GetValuesWall;

/// <summary>
/// The values wall: for a period (UTC days, the last 30 by default), optionally one value or one location, how many
/// people were recognised for each value and at each location, and the latest recognition posts. The counts are
/// aggregates of every published recognition; the posts shown are only those the reader may read.
/// </summary>
internal sealed record GetValuesWall(Guid? ValueId, Guid? OrgUnitId, DateOnly? From, DateOnly? To) : IQuery<Result<ValuesWallDto>>, IAnyActivePersonRequest, IValidatable
{
    public const int MaxDays = 1100;

    public void Validate(Validator validator)
    {
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
        var given = db.Recognitions.AsNoTracking()
            .Where(r => r.GivenAt >= start && r.GivenAt < end)
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

    // The newest recognition posts, kept to those in communities the reader may read.
    private async Task<IReadOnlyList<PostDto>> RecentAsync(IQueryable<Recognition> given, CancellationToken cancellationToken)
    {
        var candidates = await given.Select(r => new { r.PostId, r.CommunityId }).Distinct().OrderByDescending(r => r.PostId).Take(RecentCount * 5).ToListAsync(cancellationToken);
        var readable = (await access.ReadableAsync(user.PersonId, cancellationToken)).ToHashSet();
        var ids = candidates.Where(c => readable.Contains(c.CommunityId)).Select(c => c.PostId).Take(RecentCount).ToList();
        var rows = await PostViews.Rows(db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderByDescending(p => p.Id)).ToListAsync(cancellationToken);
        return await views.ToDtosAsync(rows, user.PersonId, cancellationToken);
    }
}
