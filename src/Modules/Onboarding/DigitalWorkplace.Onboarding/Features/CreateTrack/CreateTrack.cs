using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.BuildingBlocks.Text;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.Features.CreateTrack;

internal sealed record CreateTrack(NewTrack Track) : ICommand<Result<Guid>>, IValidatable
{
    public void Validate(Validator validator) => NewTrackRules.Validate(Track, validator);
}

internal sealed class CreateTrackAuthorizer : IAuthorizer<CreateTrack>
{
    public ValueTask<Error?> AuthorizeAsync(CreateTrack message, ICurrentUser user, CancellationToken cancellationToken) =>
        ValueTask.FromResult(user.IsAdministrator ? null : Error.Forbidden("onboarding.administrators_only", "Only administrators author onboarding tracks."));
}

internal sealed class CreateTrackHandler(AuditTrail audit, 
    OnboardingDbContext db, IAudiences audiences, TrackAssignments assignments, ICacheInvalidation invalidation, MarkdownRenderer markdown, TimeProvider clock)
    : ICommandHandler<CreateTrack, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(CreateTrack command, CancellationToken cancellationToken)
    {
        var wanted = command.Track.AudienceIds.Distinct().ToList();
        var existing = await audiences.ExistingAsync(wanted, cancellationToken);
        if (existing.Count != wanted.Count)
        {
            return Error.Validation("audienceIds", FieldError.Rule("unknown_audience", "names an audience that does not exist."));
        }

        var track = ToTrack(command.Track, clock.GetUtcNow(), markdown);
        db.Tracks.Add(track);
        audit.Record(db, "track.created", new AuditSubject("track", track.Id.ToString(), track.Title),
            after: AuditTrail.Fields(("steps", track.Steps.Count), ("audienceIds", wanted)));
        await db.SaveChangesAsync(cancellationToken);
        await invalidation.InvalidateAsync(wanted.Select(IntegrationEventHandlers.AssignTracksToAudienceMember.AudienceTracksKey), cancellationToken);

        // Listed after the track is saved: whoever enters one of its audiences from now on is assigned by the event handler.
        foreach (var audienceId in wanted)
        {
            string? after = null;
            do
            {
                var page = await audiences.MembersAsync(audienceId, after, 100, cancellationToken);
                await assignments.AssignAsync([track], page.Items, cancellationToken);
                after = page.Next;
            }
            while (after is not null);
        }

        return track.Id;
    }

    private static Track ToTrack(NewTrack source, DateTimeOffset now, MarkdownRenderer markdown)
    {
        var trackId = Guid.CreateVersion7();
        return new Track
        {
            Id = trackId,
            Title = source.Title.Trim(),
            Description = source.Description?.Trim() ?? string.Empty,
            DueInDaysAfterStart = source.DueInDaysAfterStart,
            CreatedAt = now,
            Audience = [.. source.AudienceIds.Distinct().Select(id => new TrackAudience { TrackId = trackId, AudienceId = id })],
            Steps = [.. source.Steps.Select((step, index) => ToStep(trackId, index + 1, step, markdown))],
        };
    }

    private static Step ToStep(Guid trackId, int order, NewStep source, MarkdownRenderer markdown)
    {
        var stepId = Guid.CreateVersion7();
        var isQuiz = source.Kind == StepKind.Quiz;
        return new Step
        {
            Id = stepId,
            TrackId = trackId,
            Order = order,
            Kind = source.Kind,
            Title = source.Title.Trim(),
            Markdown = source.Markdown ?? string.Empty,
            Html = markdown.Render(source.Markdown ?? string.Empty).Html,
            PassMarkPercent = isQuiz ? source.PassMarkPercent : 0,
            MaxAttempts = isQuiz ? source.MaxAttempts : 0,
            QuestionsPerAttempt = isQuiz ? source.QuestionsPerAttempt : 0,
            Questions = isQuiz
                ? [.. source.Questions.Select((q, index) => new Question
                {
                    Id = Guid.CreateVersion7(),
                    StepId = stepId,
                    Order = index + 1,
                    Text = q.Text.Trim(),
                    Choices = [.. q.Choices],
                    MultipleChoice = q.MultipleChoice,
                    CorrectChoices = [.. q.CorrectChoices],
                })]
                : [],
        };
    }
}
