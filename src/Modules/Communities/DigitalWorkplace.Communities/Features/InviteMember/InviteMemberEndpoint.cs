namespace DigitalWorkplace.Communities.Features.InviteMember;

internal sealed record InviteMemberBody(Guid? PersonId);

internal static class InviteMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapPost("/{communityId:guid}/invitations", HandleAsync).WithName("InviteToCommunity");

    private static async Task<ApiResult<Accepted, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid communityId, InviteMemberBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new InviteMember(communityId, body.PersonId), cancellationToken);
        return result.IsSuccess ? TypedResults.Accepted((string?)null) : result.Error;
    }
}
