using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.AnswerInvitation;

internal static class AnswerInvitationEndpoint
{
    public static void Map(IEndpointRouteBuilder communities)
    {
        communities.MapPost("/{communityId:guid}/invitation/accept",
            (Guid communityId, ISender sender, CancellationToken cancellationToken) => HandleAsync(new AnswerInvitation(communityId, Accept: true), sender, cancellationToken))
            .WithName("AcceptCommunityInvitation");
        communities.MapPost("/{communityId:guid}/invitation/decline",
            (Guid communityId, ISender sender, CancellationToken cancellationToken) => HandleAsync(new AnswerInvitation(communityId, Accept: false), sender, cancellationToken))
            .WithName("DeclineCommunityInvitation");
    }

    private static async Task<ApiResult<Ok<CommunitySummary>, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        AnswerInvitation command, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
