using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.ArchiveCommunity;

internal static class ArchiveCommunityEndpoint
{
    public static void Map(IEndpointRouteBuilder communities)
    {
        communities.MapPost("/{communityId:guid}/archive",
            (Guid communityId, ISender sender, CancellationToken cancellationToken) => HandleAsync(new ArchiveCommunity(communityId, Archive: true), sender, cancellationToken))
            .WithName("ArchiveCommunity");
        communities.MapPost("/{communityId:guid}/unarchive",
            (Guid communityId, ISender sender, CancellationToken cancellationToken) => HandleAsync(new ArchiveCommunity(communityId, Archive: false), sender, cancellationToken))
            .WithName("UnarchiveCommunity");
    }

    private static async Task<ApiResult<Ok<CommunitySummary>, Problem.Forbidden, Problem.NotFound>> HandleAsync(ArchiveCommunity command, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
