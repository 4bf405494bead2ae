using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.MuteMember;

internal sealed record MuteMemberBody(int? Days);

internal static class MuteMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder communities)
    {
        communities.MapPost("/{communityId:guid}/members/{personId:guid}/mute",
            (Guid communityId, Guid personId, MuteMemberBody body, ISender sender, CancellationToken cancellationToken) =>
                HandleAsync(new MuteMember(communityId, personId, body.Days ?? 7), sender, cancellationToken))
            .WithName("MuteCommunityMember");
        communities.MapDelete("/{communityId:guid}/members/{personId:guid}/mute",
            (Guid communityId, Guid personId, ISender sender, CancellationToken cancellationToken) => HandleAsync(new MuteMember(communityId, personId, null), sender, cancellationToken))
            .WithName("UnmuteCommunityMember");
    }

    private static async Task<ApiResult<Ok<CommunityMemberDto>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        MuteMember command, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
