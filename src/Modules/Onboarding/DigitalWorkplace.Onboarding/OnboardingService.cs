using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Features.CompleteStep;
using DigitalWorkplace.Onboarding.Features.CreateTrack;
using DigitalWorkplace.Onboarding.Features.GetTrack;
using DigitalWorkplace.Onboarding.Features.ListMyTracks;
using DigitalWorkplace.Onboarding.Features.SubmitQuiz;

namespace DigitalWorkplace.Onboarding;

/// <summary>The Contracts, for the UI and other modules: the same requests (and checks) as the API.</summary>
internal sealed class OnboardingService(ISender sender) : IOnboardingService, IOnboardingAdministration
{
    public async Task<IReadOnlyList<TrackProgressDto>> MyTracksAsync(CancellationToken cancellationToken) =>
        (await sender.Send(new ListMyTracks(), cancellationToken)).Value ?? [];

    public async Task<Result<TrackDto>> GetTrackAsync(Guid trackId, CancellationToken cancellationToken) =>
        await sender.Send(new GetTrack(trackId), cancellationToken);

    public async Task<Result<StepCompletedDto>> CompleteStepAsync(Guid trackId, Guid stepId, CancellationToken cancellationToken) =>
        await sender.Send(new CompleteStep(trackId, stepId), cancellationToken);

    public async Task<Result<QuizResultDto>> SubmitQuizAsync(Guid trackId, Guid stepId, IReadOnlyDictionary<Guid, IReadOnlyList<int>> answers, CancellationToken cancellationToken) =>
        await sender.Send(new SubmitQuiz(trackId, stepId, answers), cancellationToken);

    public async Task<Result<SignOffDto>> RequestSignOffAsync(Guid trackId, Guid stepId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.RequestSignOff.RequestSignOff(trackId, stepId), cancellationToken);

    public async Task<IReadOnlyList<SignOffDto>> SignOffQueueAsync(CancellationToken cancellationToken) =>
        (await sender.Send(new Features.ListSignOffQueue.ListSignOffQueue(), cancellationToken)).Value ?? [];

    public async Task<Result<SignOffDto>> DecideSignOffAsync(Guid signOffId, bool approve, string? note, CancellationToken cancellationToken) =>
        await sender.Send(new Features.DecideSignOff.DecideSignOff(signOffId, approve, note), cancellationToken);

    public async Task<Result<CertificateDto>> MyCertificateAsync(Guid trackId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.GetMyCertificate.GetMyCertificate(trackId), cancellationToken);

    public async Task<Result<Guid>> CreateTrackAsync(NewTrack track, CancellationToken cancellationToken, string? idempotencyKey = null)
    {
        var created = await sender.Send(new CreateTrack(track, idempotencyKey), cancellationToken);
        return created.IsSuccess ? created.Value!.Value : created.Error!;
    }

    public async Task<Result<IReadOnlyList<AuthoredTrackSummaryDto>>> AuthoredTracksAsync(CancellationToken cancellationToken) =>
        await sender.Send(new Features.ListAuthoredTracks.ListAuthoredTracks(), cancellationToken);

    public async Task<Result<AuthoredTrackDto>> AuthoredTrackAsync(Guid trackId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.GetAuthoredTrack.GetAuthoredTrack(trackId), cancellationToken);

    public async Task<Result<AuthoredTrackDto>> SaveDraftAsync(Guid trackId, NewTrack track, CancellationToken cancellationToken) =>
        await sender.Send(new Features.SaveTrackDraft.SaveTrackDraft(trackId, track), cancellationToken);

    public async Task<Result<AuthoredTrackDto>> PublishAsync(Guid trackId, bool moveInProgress, CancellationToken cancellationToken) =>
        await sender.Send(new Features.PublishTrack.PublishTrack(trackId, moveInProgress), cancellationToken);

    public async Task<Result<int>> AssignAsync(Guid trackId, IReadOnlyList<Guid> personIds, CancellationToken cancellationToken) =>
        await sender.Send(new Features.AssignTrack.AssignTrack(trackId, personIds), cancellationToken);
}
