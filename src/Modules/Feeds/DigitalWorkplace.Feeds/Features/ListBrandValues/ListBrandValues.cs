using DigitalWorkplace.Feeds.BrandValues;
using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.ListBrandValues;

/// <summary>The brand values in their order, for everyone (they are the brand's, not secret); retired ones only when asked.</summary>
internal sealed record ListBrandValues(bool IncludeRetired) : IQuery<Result<IReadOnlyList<BrandValueDto>>>, IAnyActivePersonRequest;

internal sealed class ListBrandValuesHandler(BrandValueCatalog catalog) : IQueryHandler<ListBrandValues, Result<IReadOnlyList<BrandValueDto>>>
{
    public async ValueTask<Result<IReadOnlyList<BrandValueDto>>> Handle(ListBrandValues query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<BrandValueDto>>.Success(await catalog.OrderedAsync(query.IncludeRetired, cancellationToken));
}
