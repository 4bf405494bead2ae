using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Features.GetCommunity;

namespace DigitalWorkplace.Communities.Features.CreateCommunity;

internal sealed record CreateCommunityBody(string? Name, string? Description, CommunityVisibility? Visibility, bool IsOfficial);

internal static class CreateCommunityEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapPost("/", HandleAsync).WithName("CreateCommunity");

    private static async Task<ApiResult<Created<CommunitySummary>, Problem.Invalid, Problem.Forbidden, Problem.Conflict>> HandleAsync(
        CreateCommunityBody body, ISender sender, LinkGenerator links, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreateCommunity(body.Name, body.Description, body.Visibility, body.IsOfficial), cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created(links.GetPathByName(http, GetCommunityEndpoint.Name, new { communityId = result.Value!.Id }), result.Value)
            : result.Error;
    }
}
