using DigitalWorkplace.BuildingBlocks.Http;
using DigitalWorkplace.Onboarding.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Onboarding.Features.CreateTrack;

internal static class CreateTrackEndpoint
{
    public static void Map(IEndpointRouteBuilder onboarding) =>
        onboarding.MapPost("/tracks", async (NewTrack track, ISender sender, CancellationToken cancellationToken) =>
            (await sender.Send(new CreateTrack(track), cancellationToken)).ToCreated(id => $"/api/v1/onboarding/tracks/{id}"))
            .WithName("CreateOnboardingTrack");
}
