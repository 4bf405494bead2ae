using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.UpdateCommunity;

internal sealed record UpdateCommunityBody(string? Name, string? Description, CommunityVisibility? Visibility, IReadOnlyList<string>? Tags, string? Language);

internal static class UpdateCommunityEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapPut("/{communityId:guid}", HandleAsync).WithName("UpdateCommunity");

    private static async Task<ApiResult<Ok<CommunitySummary>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid communityId, UpdateCommunityBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new UpdateCommunity(communityId, body.Name, body.Description, body.Visibility, body.Tags, body.Language), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
