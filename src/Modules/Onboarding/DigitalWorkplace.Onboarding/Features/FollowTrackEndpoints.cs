using DigitalWorkplace.BuildingBlocks.Http;
using DigitalWorkplace.Onboarding.Features.CompleteContentStep;
using DigitalWorkplace.Onboarding.Features.GetTrack;
using DigitalWorkplace.Onboarding.Features.ListMyTracks;
using DigitalWorkplace.Onboarding.Features.SubmitQuiz;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Onboarding.Features;

/// <summary>The body of a quiz attempt: each question id mapped to the index of the chosen answer.</summary>
internal sealed record QuizAnswers(Dictionary<Guid, int>? Answers);

/// <summary>What a person does with their own tracks.</summary>
internal static class FollowTrackEndpoints
{
    public static void Map(IEndpointRouteBuilder onboarding)
    {
        onboarding.MapGet("/tracks", async (ISender sender, CancellationToken cancellationToken) =>
            (await sender.Send(new ListMyTracks.ListMyTracks(), cancellationToken)).ToOk());

        onboarding.MapGet("/tracks/{trackId:guid}", async (Guid trackId, ISender sender, CancellationToken cancellationToken) =>
            (await sender.Send(new GetTrack.GetTrack(trackId), cancellationToken)).ToOk());

        onboarding.MapPost("/tracks/{trackId:guid}/steps/{stepId:guid}/complete", async (Guid trackId, Guid stepId, ISender sender, CancellationToken cancellationToken) =>
            (await sender.Send(new CompleteContentStep.CompleteContentStep(trackId, stepId), cancellationToken)).ToNoContent());

        onboarding.MapPost("/tracks/{trackId:guid}/steps/{stepId:guid}/quiz", async (Guid trackId, Guid stepId, QuizAnswers body, ISender sender, CancellationToken cancellationToken) =>
            (await sender.Send(new SubmitQuiz.SubmitQuiz(trackId, stepId, body.Answers), cancellationToken)).ToOk());
    }
}
