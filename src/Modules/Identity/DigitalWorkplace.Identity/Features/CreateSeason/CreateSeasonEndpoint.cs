namespace DigitalWorkplace.Identity.Features.CreateSeason;

internal static class CreateSeasonEndpoint
{
    public static void Map(IEndpointRouteBuilder seasons) =>
        seasons.MapPost("/", HandleAsync).WithName("CreateSeason");

    private static async Task<ApiResult<Created<SeasonView>, Problem.Invalid, Problem.Forbidden>> HandleAsync(
        CreateSeason body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(body, cancellationToken);
        return result.IsSuccess ? TypedResults.Created($"/api/v1/seasons/{result.Value!.Id}", result.Value) : result.Error;
    }
}
