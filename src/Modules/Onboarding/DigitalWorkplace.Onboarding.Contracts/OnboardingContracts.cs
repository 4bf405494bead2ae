using System.Text.Json.Serialization;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.Onboarding.Contracts;

/// <summary>Written as "Content" / "Quiz" in JSON (numbers are still accepted).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StepKind>))]
public enum StepKind
{
    Content,
    Quiz,
}

public sealed record TrackProgressDto(Guid TrackId, string Title, string Description, int CompletedSteps, int TotalSteps, DateOnly? DueOn)
{
    public int Percent => TotalSteps == 0 ? 100 : CompletedSteps * 100 / TotalSteps;
}

public sealed record QuizQuestionDto(Guid Id, string Text, IReadOnlyList<string> Choices);

public sealed record StepDto(Guid Id, int Order, StepKind Kind, string Title, string Html, IReadOnlyList<QuizQuestionDto> Questions, int PassMarkPercent, bool IsCompleted, int? LastScorePercent);

public sealed record TrackDto(TrackProgressDto Progress, IReadOnlyList<StepDto> Steps);

/// <summary>The outcome of a quiz attempt; the step is completed only when passed.</summary>
public sealed record QuizResultDto(int ScorePercent, int PassMarkPercent, bool Passed);

/// <summary>Onboarding use cases for the UI.</summary>
public interface IOnboardingService
{
    Task<IReadOnlyList<TrackProgressDto>> MyTracksAsync(CancellationToken cancellationToken);

    Task<Result<TrackDto>> GetTrackAsync(Guid trackId, CancellationToken cancellationToken);

    Task<Result<Done>> CompleteContentStepAsync(Guid trackId, Guid stepId, CancellationToken cancellationToken);

    /// <summary><paramref name="answers"/> maps each question id to the index of the chosen answer.</summary>
    Task<Result<QuizResultDto>> SubmitQuizAsync(Guid trackId, Guid stepId, IReadOnlyDictionary<Guid, int> answers, CancellationToken cancellationToken);

    /// <summary>My certificate for a track I finished (404 <c>onboarding.certificate_not_found</c> until then).</summary>
    Task<Result<CertificateDto>> MyCertificateAsync(Guid trackId, CancellationToken cancellationToken);
}

/// <summary>A certificate as its holder prints it: the code ("ABCD-EFGH-JKLM") anyone may check at <c>/certificates/{code}</c>.</summary>
public sealed record CertificateDto(string Code, string PersonName, string TrackTitle, DateTimeOffset IssuedAt);

/// <summary>What a public check of a certificate shows: only the name, the track and the date.</summary>
public sealed record VerifiedCertificateDto(string PersonName, string TrackTitle, DateTimeOffset IssuedAt);

/// <summary>The public check of a certificate's code, for anyone (no sign-in): the page and <c>GET /api/v1/certificates/{code}</c>.</summary>
public interface ICertificateVerification
{
    /// <summary>Null for a code that is not one, or not issued.</summary>
    Task<VerifiedCertificateDto?> VerifyAsync(string? code, CancellationToken cancellationToken);
}

[IntegrationEventName("onboarding.step-completed")]
public sealed record OnboardingStepCompletedIntegrationEvent(Guid PersonId, Guid TrackId, Guid StepId, bool TrackCompleted) : IntegrationEvent;

/// <summary>Track authoring and assignment (administrators; the demo seed).</summary>
public interface IOnboardingAdministration
{
    /// <summary>Creates a track assigned to everyone of the given audiences, now and whenever someone enters one.</summary>
    Task<Result<Guid>> CreateTrackAsync(NewTrack track, CancellationToken cancellationToken);
}

/// <param name="AudienceIds">The Identity audiences the track is for ("seasonal staff at airport locations").</param>
public sealed record NewTrack(string Title, string Description, IReadOnlyList<Guid> AudienceIds, int DueInDaysAfterStart, IReadOnlyList<NewStep> Steps);

public sealed record NewStep(StepKind Kind, string Title, string Markdown, IReadOnlyList<NewQuestion> Questions, int PassMarkPercent = 0);

public sealed record NewQuestion(string Text, IReadOnlyList<string> Choices, int CorrectChoice);
