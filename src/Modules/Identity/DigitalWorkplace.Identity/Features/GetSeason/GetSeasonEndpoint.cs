namespace DigitalWorkplace.Identity.Features.GetSeason;

internal static class GetSeasonEndpoint
{
    public static void Map(IEndpointRouteBuilder seasons) =>
        seasons.MapGet("/{id:guid}", HandleAsync).WithName("GetSeason");

    private static async Task<ApiResult<Ok<SeasonDashboard>, Problem.NotFound>> HandleAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetSeason(id), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
