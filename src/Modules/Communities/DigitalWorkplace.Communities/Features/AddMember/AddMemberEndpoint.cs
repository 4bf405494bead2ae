using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.AddMember;

internal sealed record AddMemberBody(Guid? PersonId);

internal static class AddMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapPost("/{communityId:guid}/members", HandleAsync).WithName("AddCommunityMember");

    private static async Task<ApiResult<Ok<CommunitySummary>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid communityId, AddMemberBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new AddMember(communityId, body.PersonId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
