namespace DigitalWorkplace.Identity.Features.DisableTwoFactor;

internal static class DisableTwoFactorEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/two-factor/disable", HandleAsync).WithName("DisableTwoFactor");

    private static async Task<ApiResult<NoContent, Problem.Invalid>> HandleAsync(Features.ConfirmTwoFactor.TwoFactorCodeBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new DisableTwoFactor(body.Code), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!;
    }
}
