namespace DigitalWorkplace.Identity.Features.ResetTwoFactor;

internal static class ResetTwoFactorEndpoint
{
    public static void Map(IEndpointRouteBuilder people) =>
        people.MapPost("/{id:guid}/two-factor/reset", HandleAsync).WithName("ResetTwoFactor");

    private static async Task<ApiResult<NoContent, Problem.NotFound, Problem.Conflict>> HandleAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ResetTwoFactor(id), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!;
    }
}
