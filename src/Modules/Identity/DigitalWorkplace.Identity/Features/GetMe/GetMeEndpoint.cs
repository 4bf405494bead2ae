namespace DigitalWorkplace.Identity.Features.GetMe;

internal static class GetMeEndpoint
{
    public static void Map(IEndpointRouteBuilder people) =>
        people.MapGet("/me", HandleAsync).WithName("GetMe");

    private static async Task<ApiResult<Ok<MeResponse>, Problem.NotFound>> HandleAsync(ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetMe(), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
