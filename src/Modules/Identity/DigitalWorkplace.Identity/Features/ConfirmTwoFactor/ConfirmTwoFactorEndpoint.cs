namespace DigitalWorkplace.Identity.Features.ConfirmTwoFactor;

internal sealed record TwoFactorCodeBody(string? Code);

internal static class ConfirmTwoFactorEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/two-factor/confirm", HandleAsync).WithName("ConfirmTwoFactor");

    private static async Task<ApiResult<Ok<RecoveryCodes>, Problem.Invalid, Problem.Conflict>> HandleAsync(TwoFactorCodeBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ConfirmTwoFactor(body.Code), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error!;
    }
}
