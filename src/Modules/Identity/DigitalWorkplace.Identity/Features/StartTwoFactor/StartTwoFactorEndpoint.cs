namespace DigitalWorkplace.Identity.Features.StartTwoFactor;

internal static class StartTwoFactorEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/two-factor", HandleAsync).WithName("StartTwoFactor");

    private static async Task<ApiResult<Ok<TwoFactorKey>, Problem.NotFound, Problem.Conflict>> HandleAsync(ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new StartTwoFactor(), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error!;
    }
}
