using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.GetValuesWall;

internal static class GetValuesWallEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/brand-values/wall", HandleAsync).WithName("GetValuesWall");

    private static async Task<ApiResult<Ok<ValuesWallDto>, Problem.Invalid>> HandleAsync(
        Guid? valueId, Guid? orgUnitId, DateOnly? from, DateOnly? to, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetValuesWall(valueId, orgUnitId, from, to), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
