using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.UpdateBrandValue;

internal static class UpdateBrandValueEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/brand-values/{valueId:guid}", HandleAsync).WithName("UpdateBrandValue");

    private static async Task<ApiResult<Ok<BrandValueDto>, Problem.Invalid, Problem.Forbidden, Problem.NotFound>> HandleAsync(
        Guid valueId, BrandValueInput body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new UpdateBrandValue(valueId, body), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
