namespace DigitalWorkplace.Identity.Features.AddSeasonMembers;

internal sealed record AddSeasonMembersBody(IReadOnlyList<Guid>? PersonIds);

internal static class AddSeasonMembersEndpoint
{
    public static void Map(IEndpointRouteBuilder seasons) =>
        seasons.MapPost("/{id:guid}/members", HandleAsync).WithName("AddSeasonMembers");

    private static async Task<ApiResult<Ok<SeasonView>, Problem.Invalid, Problem.Forbidden, Problem.NotFound>> HandleAsync(
        Guid id, AddSeasonMembersBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new AddSeasonMembers(id, body.PersonIds), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
