namespace DigitalWorkplace.Identity.Features.UpdateSeason;

internal sealed record UpdateSeasonBody(string? Name, DateOnly? StartDate, DateOnly? EndDate);

internal static class UpdateSeasonEndpoint
{
    public static void Map(IEndpointRouteBuilder seasons) =>
        seasons.MapPatch("/{id:guid}", HandleAsync).WithName("UpdateSeason");

    private static async Task<ApiResult<Ok<SeasonView>, Problem.Invalid, Problem.Forbidden, Problem.NotFound>> HandleAsync(
        Guid id, UpdateSeasonBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new UpdateSeason(id, body.Name, body.StartDate, body.EndDate), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
