using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.CreateBrandValue;

internal static class CreateBrandValueEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/brand-values", HandleAsync).WithName("CreateBrandValue");

    private static async Task<ApiResult<Created<BrandValueDto>, Problem.Invalid, Problem.Forbidden>> HandleAsync(BrandValueInput body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreateBrandValue(body), cancellationToken);
        return result.IsSuccess ? TypedResults.Created($"/api/v1/brand-values/{result.Value!.Id}", result.Value) : result.Error;
    }
}
