using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds.BrandValues;

/// <summary>Every brand value (a handful), from memory: feed pages show the value of each recognition post without a query.</summary>
internal sealed class BrandValueCatalog(StampedCache cache, ICacheInvalidation invalidation)
{
    private const string Key = "feeds.brand-values";

    public static readonly IReadOnlyDictionary<Guid, BrandValueDto> None = new Dictionary<Guid, BrandValueDto>();

    public async Task<IReadOnlyDictionary<Guid, BrandValueDto>> AllAsync(CancellationToken cancellationToken) =>
        (await cache.GetAsync<FeedsDbContext, IReadOnlyDictionary<Guid, BrandValueDto>>(Key, async db =>
            (await db.BrandValues.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(v => v.Id, ToDto)))!;

    /// <summary>The values in their order (retired ones last, or left out).</summary>
    public async Task<IReadOnlyList<BrandValueDto>> OrderedAsync(bool includeRetired, CancellationToken cancellationToken) =>
        [.. (await AllAsync(cancellationToken)).Values.Where(v => includeRetired || !v.IsRetired).OrderBy(v => v.IsRetired).ThenBy(v => v.Position).ThenBy(v => v.NameEn, StringComparer.Ordinal)];

    public Task ChangedAsync(CancellationToken cancellationToken) => invalidation.InvalidateAsync(Key, cancellationToken);

    public static BrandValueDto ToDto(BrandValue value) =>
        new(value.Id, value.Icon, value.NameEn, value.NameFr, value.DescriptionEn, value.DescriptionFr, value.Position, value.IsRetired);
}
