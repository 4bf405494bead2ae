namespace DigitalWorkplace.Identity.Features.CreateLocationCode;

internal static class CreateLocationCodeEndpoint
{
    public static void Map(IEndpointRouteBuilder codes) =>
        codes.MapPost("/", HandleAsync).WithName("CreateLocationCode");

    private static async Task<ApiResult<Created<LocationCodeView>, Problem.Invalid, Problem.Forbidden>> HandleAsync(
        CreateLocationCode body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(body, cancellationToken);
        return result.IsSuccess ? TypedResults.Created($"/api/v1/invitations/{result.Value!.Id}", result.Value) : result.Error;
    }
}
