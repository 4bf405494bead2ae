using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Features.ListMyTracks;

internal static class ListMyTracksEndpoint
{
    public static void Map(IEndpointRouteBuilder onboarding) =>
        onboarding.MapGet("/tracks", HandleAsync).WithName("ListMyTracks");

    private static async Task<Ok<IReadOnlyList<TrackProgressDto>>> HandleAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok((await sender.Send(new ListMyTracks(), cancellationToken)).Value ?? []);
}
