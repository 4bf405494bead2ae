using System.Text.Json.Serialization;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.Onboarding.Contracts;

/// <summary>Written by name in JSON ("Content", "Quiz"...; numbers are still accepted).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StepKind>))]
public enum StepKind
{
    /// <summary>A page to read; the person marks it done.</summary>
    Content,

    /// <summary>Questions with a pass mark.</summary>
    Quiz,

    /// <summary>A policy the person reads and accepts ("I have read and accept"), kept with the date.</summary>
    Acknowledgement,

    /// <summary>A task done on site (the coffee machine cleaned, the till opened), signed off by a manager of the person's location.</summary>
    SignOff,

    /// <summary>Joining a community (the team's, the brand's): done when the person is a member, however they joined.</summary>
    JoinCommunity,

    /// <summary>Opening an app tile (the rota, the till training): done when the person launches it from the step.</summary>
    OpenApp,
}

/// <summary>Where a sign-off step stands for its person.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SignOffStatus>))]
public enum SignOffStatus
{
    Waiting,
    Approved,
    Declined,
}

/// <summary>A person's request for the sign-off of an on-site task, as their manager's queue shows it (and the person's step, with the decision's note).</summary>
public sealed record SignOffDto(Guid Id, Guid PersonId, string PersonName, string? Location, Guid TrackId, string TrackTitle, Guid StepId, string StepTitle, SignOffStatus Status, DateTimeOffset RequestedAt, string? Note);

/// <param name="WaitingFor">The titles of the tracks to finish before this one opens (none: it is open).</param>
public sealed record TrackProgressDto(Guid TrackId, string Title, string Description, int CompletedSteps, int TotalSteps, DateOnly? DueOn, IReadOnlyList<string>? WaitingFor = null)
{
    public bool IsLocked => WaitingFor is { Count: > 0 };

    public int Percent => TotalSteps == 0 ? 100 : CompletedSteps * 100 / TotalSteps;
}

/// <param name="MultipleChoice">Tick every right answer (check boxes); otherwise pick one.</param>
public sealed record QuizQuestionDto(Guid Id, string Text, IReadOnlyList<string> Choices, bool MultipleChoice = false);

/// <param name="Questions">For a quiz, the questions of the next attempt: drawn from the pool and shuffled for this person and attempt.</param>
/// <param name="AttemptsLeft">For a quiz with a limit, the attempts left before passing; null without a limit.</param>
/// <param name="SignOff">For a sign-off step, the person's latest request (waiting, or declined with the manager's note).</param>
/// <param name="Target">For a community or app step, what to join or open.</param>
public sealed record StepDto(
    Guid Id, int Order, StepKind Kind, string Title, string Html, IReadOnlyList<QuizQuestionDto> Questions, int PassMarkPercent, bool IsCompleted, int? LastScorePercent,
    int? AttemptsLeft = null, SignOffDto? SignOff = null, StepTargetDto? Target = null);

/// <summary>The community a step asks to join or the app it asks to open; <see cref="Name"/> is null when it is gone.</summary>
public sealed record StepTargetDto(Guid Id, string? Name);

public sealed record TrackDto(TrackProgressDto Progress, IReadOnlyList<StepDto> Steps);

/// <summary>The outcome of a quiz attempt, question by question (right or not; the right answers are not told); the step is completed only when passed.</summary>
public sealed record QuizResultDto(int ScorePercent, int PassMarkPercent, bool Passed, IReadOnlyList<QuestionFeedbackDto>? Questions = null, int? AttemptsLeft = null);

public sealed record QuestionFeedbackDto(Guid QuestionId, string Text, bool Correct);

/// <summary>Onboarding use cases for the UI.</summary>
public interface IOnboardingService
{
    Task<IReadOnlyList<TrackProgressDto>> MyTracksAsync(CancellationToken cancellationToken);

    Task<Result<TrackDto>> GetTrackAsync(Guid trackId, CancellationToken cancellationToken);

    /// <summary>
    /// Completes a step the person does themselves: a page read, a policy accepted, a community joined (they join it
    /// now), an app opened (answers where to go: the app's launch through the platform).
    /// </summary>
    Task<Result<StepCompletedDto>> CompleteStepAsync(Guid trackId, Guid stepId, CancellationToken cancellationToken);

    /// <summary><paramref name="answers"/> maps each question of the attempt to the indexes of the chosen answers (one for a single-choice question).</summary>
    Task<Result<QuizResultDto>> SubmitQuizAsync(Guid trackId, Guid stepId, IReadOnlyDictionary<Guid, IReadOnlyList<int>> answers, CancellationToken cancellationToken);

    /// <summary>Asks a manager of my location to sign off an on-site task (again after a decline; once while waiting).</summary>
    Task<Result<SignOffDto>> RequestSignOffAsync(Guid trackId, Guid stepId, CancellationToken cancellationToken);

    /// <summary>The sign-offs waiting for me: requests of the people I administer (none for anyone else).</summary>
    Task<IReadOnlyList<SignOffDto>> SignOffQueueAsync(CancellationToken cancellationToken);

    /// <summary>Signs an on-site task off (the step is completed) or declines it with a note saying what is missing.</summary>
    Task<Result<SignOffDto>> DecideSignOffAsync(Guid signOffId, bool approve, string? note, CancellationToken cancellationToken);

    /// <summary>My certificate for a track I finished (404 <c>onboarding.certificate_not_found</c> until then).</summary>
    Task<Result<CertificateDto>> MyCertificateAsync(Guid trackId, CancellationToken cancellationToken);
}

/// <param name="OpenUrl">For an app step, the tile's launch address to send the person to.</param>
public sealed record StepCompletedDto(string? OpenUrl = null);

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

/// <summary>A manager decided on an on-site task: the person is told (Live).</summary>
[IntegrationEventName("onboarding.sign-off-decided")]
public sealed record OnboardingSignOffDecidedIntegrationEvent(Guid PersonId, Guid TrackId, Guid StepId, string StepTitle, bool Approved) : IntegrationEvent;

/// <summary>A person finished a track (its certificate is issued): for insights and notifications.</summary>
[IntegrationEventName("onboarding.track-completed")]
public sealed record OnboardingTrackCompletedIntegrationEvent(Guid PersonId, Guid TrackId, Guid LineageId) : IntegrationEvent;

/// <summary>One person's track, due on a date.</summary>
public sealed record DueAssignment(Guid PersonId, DateOnly DueOn);

/// <summary>These people have not finished the track and it is due soon: they are reminded (Live: in the app, and in their e-mail digest).</summary>
[IntegrationEventName("onboarding.due-soon")]
public sealed record OnboardingDueSoonIntegrationEvent(Guid TrackId, Guid LineageId, string TrackTitle, IReadOnlyList<DueAssignment> People) : IntegrationEvent;

/// <summary>These people's track went past its due date unfinished (once each): they are told; insights count it.</summary>
[IntegrationEventName("onboarding.overdue")]
public sealed record OnboardingOverdueIntegrationEvent(Guid TrackId, Guid LineageId, string TrackTitle, IReadOnlyList<DueAssignment> People) : IntegrationEvent;

[IntegrationEventName("onboarding.step-completed")]
public sealed record OnboardingStepCompletedIntegrationEvent(Guid PersonId, Guid TrackId, Guid StepId, bool TrackCompleted) : IntegrationEvent;

/// <summary>A refresher's time came (food safety every 12 months): these people must do the track again, by their due date.</summary>
[IntegrationEventName("onboarding.refresher-due")]
public sealed record OnboardingRefresherDueIntegrationEvent(Guid TrackId, Guid LineageId, string TrackTitle, IReadOnlyList<DueAssignment> People) : IntegrationEvent;

/// <summary>Track authoring and assignment (administrators; the demo seed).</summary>
public interface IOnboardingAdministration
{
    /// <summary>
    /// Creates a track: published (assigned to everyone of the given audiences, now and whenever someone enters one) or,
    /// with <see cref="NewTrack.Draft"/>, a draft nobody is assigned until it is published. A retry with the same
    /// <paramref name="idempotencyKey"/> answers the first creation.
    /// </summary>
    Task<Result<Guid>> CreateTrackAsync(NewTrack track, CancellationToken cancellationToken, string? idempotencyKey = null);

    /// <summary>The tracks, one line each (the version people get, and whether a draft of the next is being written).</summary>
    Task<Result<IReadOnlyList<AuthoredTrackSummaryDto>>> AuthoredTracksAsync(CancellationToken cancellationToken);

    /// <summary>One version as its author edits it, right answers included.</summary>
    Task<Result<AuthoredTrackDto>> AuthoredTrackAsync(Guid trackId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves a draft. Given a draft, replaces its content; given a published (or retired) version, writes the draft of
    /// the track's next version — made now, or the one already being written — and never touches what people follow.
    /// </summary>
    Task<Result<AuthoredTrackDto>> SaveDraftAsync(Guid trackId, NewTrack track, CancellationToken cancellationToken);

    /// <summary>
    /// Publishes a draft: it becomes the version the audiences get, the previous version is retired. People who have not
    /// started the previous version are moved to the new one; people in progress finish the version they started, or,
    /// with <paramref name="moveInProgress"/>, are moved too, keeping the steps that did not change.
    /// </summary>
    Task<Result<AuthoredTrackDto>> PublishAsync(Guid trackId, bool moveInProgress, CancellationToken cancellationToken);

    /// <summary>Assigns a published track to people by hand (besides its audiences); those who have it already keep theirs.</summary>
    Task<Result<int>> AssignAsync(Guid trackId, IReadOnlyList<Guid> personIds, CancellationToken cancellationToken);
}

/// <summary>Where a version of a track stands (kept by name in the database too).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TrackVersionStatus>))]
public enum TrackVersionStatus
{
    /// <summary>Being written: nobody is assigned it, only authors see it.</summary>
    Draft,

    /// <summary>The version people are assigned.</summary>
    Published,

    /// <summary>Replaced by a later version; whoever kept it finishes it.</summary>
    Retired,
}

/// <param name="Id">The version listed: the published one, or the draft when nothing is published yet.</param>
/// <param name="DraftId">The draft of the next version being written, when there is one.</param>
public sealed record AuthoredTrackSummaryDto(Guid Id, Guid LineageId, string Title, int Version, TrackVersionStatus Status, int Steps, int Assigned, int Finished, Guid? DraftId);

/// <param name="Track">The content, as saved (and as <see cref="IOnboardingAdministration.SaveDraftAsync"/> takes it back).</param>
/// <param name="PublishedId">The version people get now (this one, or the one this draft will replace).</param>
public sealed record AuthoredTrackDto(Guid Id, Guid LineageId, int Version, TrackVersionStatus Status, DateTimeOffset? PublishedAt, NewTrack Track, int Assigned, int Finished, Guid? PublishedId, Guid? DraftId);

/// <param name="AudienceIds">The Identity audiences the track is for ("seasonal staff at airport locations").</param>
/// <param name="Language">The language of the texts ("en", "fr"); <paramref name="Translations"/> gives them in the others.</param>
/// <param name="Draft">Saved as a draft: not assigned to anyone until published. A draft may still lack steps and audiences.</param>
/// <param name="PrerequisiteIds">Tracks (any of their versions' ids) to finish before this one opens.</param>
/// <param name="RefreshAfterMonths">A refresher: so many months after someone finishes, the track is theirs to do again (0: never).</param>
public sealed record NewTrack(
    string Title, string Description, IReadOnlyList<Guid> AudienceIds, int DueInDaysAfterStart, IReadOnlyList<NewStep> Steps,
    string? Language = null, IReadOnlyDictionary<string, TrackText>? Translations = null, bool Draft = false,
    IReadOnlyList<Guid>? PrerequisiteIds = null, int RefreshAfterMonths = 0);

/// <summary>A track's title and description in another language.</summary>
public sealed record TrackText(string Title, string? Description);

/// <param name="MaxAttempts">A quiz's tries before passing (0: unlimited).</param>
/// <param name="QuestionsPerAttempt">A quiz's questions drawn per attempt from its pool (0: all), shuffled each time.</param>
/// <param name="TargetId">For <see cref="StepKind.JoinCommunity"/> the community, for <see cref="StepKind.OpenApp"/> the app tile.</param>
public sealed record NewStep(
    StepKind Kind, string Title, string Markdown, IReadOnlyList<NewQuestion> Questions, int PassMarkPercent = 0, int MaxAttempts = 0, int QuestionsPerAttempt = 0,
    IReadOnlyDictionary<string, StepText>? Translations = null, Guid? TargetId = null);

/// <summary>A step's title and page in another language.</summary>
public sealed record StepText(string Title, string? Markdown);

/// <param name="CorrectChoices">The indexes of the right answers: exactly one for a single-choice question.</param>
/// <param name="MultipleChoice">Several answers are ticked (check boxes).</param>
public sealed record NewQuestion(string Text, IReadOnlyList<string> Choices, IReadOnlyList<int> CorrectChoices, bool MultipleChoice = false, IReadOnlyDictionary<string, QuestionText>? Translations = null);

/// <summary>A question and its choices (as many, in the same order) in another language.</summary>
public sealed record QuestionText(string Text, IReadOnlyList<string> Choices);

/// <summary>
/// A version of a track was published; its assignment (its audiences' members, the previous version's people who move)
/// is finished from this event when the publication's own pass was cut short.
/// </summary>
[IntegrationEventName("onboarding.track-published")]
public sealed record OnboardingTrackPublishedIntegrationEvent(Guid TrackId, Guid LineageId, int Version, Guid? PreviousTrackId, bool MoveInProgress) : IntegrationEvent;
