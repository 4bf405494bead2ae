using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Features.CreateBrandValue;
using DigitalWorkplace.Feeds.Features.GetValuesWall;
using DigitalWorkplace.Feeds.Features.ListBrandValues;
using DigitalWorkplace.Feeds.Features.UpdateBrandValue;

namespace DigitalWorkplace.Feeds.BrandValues;

/// <summary>The UI's way to brand values and the values wall: the same requests as the endpoints.</summary>
internal sealed class BrandValuesService(ISender sender) : IBrandValues
{
    public async Task<IReadOnlyList<BrandValueDto>> ListAsync(bool includeRetired, CancellationToken cancellationToken) =>
        (await sender.Send(new ListBrandValues(includeRetired), cancellationToken)).Value ?? [];

    public async Task<Result<BrandValueDto>> CreateAsync(BrandValueInput value, CancellationToken cancellationToken) =>
        await sender.Send(new CreateBrandValue(value), cancellationToken);

    public async Task<Result<BrandValueDto>> UpdateAsync(Guid valueId, BrandValueInput value, CancellationToken cancellationToken) =>
        await sender.Send(new UpdateBrandValue(valueId, value), cancellationToken);

    public async Task<Result<ValuesWallDto>> WallAsync(Guid? valueId, Guid? orgUnitId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        await sender.Send(new GetValuesWall(valueId, orgUnitId, from, to), cancellationToken);
}
