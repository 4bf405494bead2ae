namespace DigitalWorkplace.Identity.Features.TwoFactorSetup;

internal sealed record TwoFactorCodeBody(string? Code);

internal static class TwoFactorSetupEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/me/two-factor", StartAsync).WithName("StartTwoFactor");
        api.MapPost("/me/two-factor/confirm", ConfirmAsync).WithName("ConfirmTwoFactor");
        api.MapPost("/me/two-factor/disable", DisableAsync).WithName("DisableTwoFactor");
    }

    private static async Task<ApiResult<Ok<TwoFactorKey>, Problem.NotFound, Problem.Conflict>> StartAsync(ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new StartTwoFactor(), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error!;
    }

    private static async Task<ApiResult<Ok<RecoveryCodes>, Problem.Invalid, Problem.Conflict>> ConfirmAsync(TwoFactorCodeBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ConfirmTwoFactor(body.Code), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error!;
    }

    private static async Task<ApiResult<NoContent, Problem.Invalid>> DisableAsync(TwoFactorCodeBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new DisableTwoFactor(body.Code), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!;
    }
}
