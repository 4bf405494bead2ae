namespace DigitalWorkplace.Identity.Features.CreateAudience;

internal static class CreateAudienceEndpoint
{
    public static void Map(IEndpointRouteBuilder audiences) =>
        audiences.MapPost("/", HandleAsync).WithName("CreateAudience");

    private static async Task<ApiResult<Created<AudienceView>, Problem.Invalid, Problem.Forbidden>> HandleAsync(
        CreateAudience body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(body, cancellationToken);
        return result.IsSuccess ? TypedResults.Created($"/api/v1/audiences/{result.Value!.Id}", result.Value) : result.Error;
    }
}
