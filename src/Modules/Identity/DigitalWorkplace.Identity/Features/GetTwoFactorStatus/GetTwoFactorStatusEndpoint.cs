namespace DigitalWorkplace.Identity.Features.GetTwoFactorStatus;

internal static class GetTwoFactorStatusEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/two-factor", HandleAsync).WithName("GetTwoFactorStatus");

    private static async Task<ApiResult<Ok<TwoFactorStatus>, Problem.NotFound>> HandleAsync(ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetTwoFactorStatus(), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error!;
    }
}
