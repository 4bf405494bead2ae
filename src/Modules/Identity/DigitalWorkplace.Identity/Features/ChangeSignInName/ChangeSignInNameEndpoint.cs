namespace DigitalWorkplace.Identity.Features.ChangeSignInName;

internal sealed record ChangeSignInNameBody(string? CurrentPassword, string? UserName, string? Email);

internal static class ChangeSignInNameEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/sign-in-name", HandleAsync).WithName("ChangeSignInName");

    private static async Task<ApiResult<NoContent, Problem.Invalid, Problem.NotFound, Problem.Conflict, Problem.Unprocessable>> HandleAsync(
        ChangeSignInNameBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ChangeSignInName(body.CurrentPassword, body.UserName, body.Email), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!;
    }
}
