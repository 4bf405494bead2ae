namespace DigitalWorkplace.Identity.Features.ChangePassword;

internal sealed record ChangePasswordBody(string? CurrentPassword, string? NewPassword);

internal static class ChangePasswordEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/password", HandleAsync).WithName("ChangePassword");

    private static async Task<ApiResult<NoContent, Problem.Invalid, Problem.NotFound, Problem.Unprocessable>> HandleAsync(
        ChangePasswordBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ChangePassword(body.CurrentPassword, body.NewPassword), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!;
    }
}
