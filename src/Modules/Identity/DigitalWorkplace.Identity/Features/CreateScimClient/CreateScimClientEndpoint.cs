using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.CreateScimClient;

internal sealed record CreateScimClientBody(string? Name, string? TenantId, Guid? DefaultOrgUnitId);

internal static class CreateScimClientEndpoint
{
    public static void Map(IEndpointRouteBuilder clients) =>
        clients.MapPost("", HandleAsync).WithName("CreateScimClient");

    private static async Task<ApiResult<Created<CreatedScimClientDto>, Problem.Invalid, Problem.Forbidden>> HandleAsync(
        CreateScimClientBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreateScimClient(body.Name, body.TenantId, body.DefaultOrgUnitId), cancellationToken);
        return result.IsSuccess ? TypedResults.Created($"/api/v1/scim/clients/{result.Value!.Client.Id}", result.Value) : result.Error;
    }
}
