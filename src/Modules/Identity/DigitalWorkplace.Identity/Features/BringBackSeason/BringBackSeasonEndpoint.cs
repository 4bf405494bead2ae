namespace DigitalWorkplace.Identity.Features.BringBackSeason;

/// <param name="FromSeasonId">Everyone of that former season.</param>
/// <param name="PersonIds">Or these people (both may be sent).</param>
internal sealed record BringBackSeasonBody(Guid? FromSeasonId, IReadOnlyList<Guid>? PersonIds);

internal static class BringBackSeasonEndpoint
{
    public static void Map(IEndpointRouteBuilder seasons) =>
        seasons.MapPost("/{id:guid}/returning", HandleAsync).WithName("BringBackSeason");

    private static async Task<ApiResult<Ok<ReturningStaff>, Problem.Invalid, Problem.Forbidden, Problem.NotFound>> HandleAsync(
        Guid id, BringBackSeasonBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new BringBackSeason(id, body.FromSeasonId, body.PersonIds), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
