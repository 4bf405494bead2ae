using DigitalWorkplace.Launcher.Contracts;

namespace DigitalWorkplace.Launcher.Features.IssueClientSecret;

internal static class IssueClientSecretEndpoint
{
    public static void Map(IEndpointRouteBuilder apps) =>
        apps.MapPost("/manage/{tileId:guid}/client/secret", HandleAsync).WithName("IssueClientSecret");

    private static async Task<ApiResult<Ok<ClientSecretDto>, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid tileId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new IssueClientSecret(tileId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
