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

internal sealed class CreateTrackHandler(OnboardingDbContext db, IPeopleDirectory people, MarkdownRenderer markdown, TimeProvider clock) : ICommandHandler<CreateTrack, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(CreateTrack command, CancellationToken cancellationToken)
    {
        var track = ToTrack(command.Track, clock.GetUtcNow(), markdown);
        db.Tracks.Add(track);
        await db.SaveChangesAsync(cancellationToken);

        // Listed after the track is saved: whoever registers from now on is assigned by the newcomer handler.
        await AssignExistingPeopleAsync(track, cancellationToken);
        return track.Id;
    }

    private async Task AssignExistingPeopleAsync(Track track, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        string? after = null;
        do
        {
            var page = await people.ListAsync(after, 100, cancellationToken);
            var audience = page.Items.Where(p => track.IsFor(p.EmploymentType)).ToList();
            await AssignPageAsync(track, audience, today, cancellationToken);
            after = page.Next;
        }
        while (after is not null);
    }

    private async Task AssignPageAsync(Track track, List<PersonSummary> audience, DateOnly today, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var ids = audience.Select(p => p.Id).ToList();
            var alreadyAssigned = await db.Assignments
                .Where(a => a.TrackId == track.Id && ids.Contains(a.PersonId))
                .Select(a => a.PersonId)
                .ToListAsync(cancellationToken);
            var added = audience.Where(p => !alreadyAssigned.Contains(p.Id)).Select(person => new Assignment
            {
                PersonId = person.Id,
                TrackId = track.Id,
                AssignedAt = clock.GetUtcNow(),
                DueOn = track.DueOnFor(person.StartDate, today),
            }).ToList();
            db.Assignments.AddRange(added);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // A newcomer's handler assigned the same person meanwhile: forget this page's inserts and look again.
                foreach (var assignment in added)
                {
                    db.Entry(assignment).State = EntityState.Detached;
                }
            }
        }
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
            Audience = [.. source.Audience.Select(name => NewTrackRules.ParseEmploymentType(name)!.Value).Distinct().Select(type => new TrackAudience { TrackId = trackId, EmploymentType = type })],
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
            Questions = isQuiz
                ? [.. source.Questions.Select((q, index) => new Question
                {
                    Id = Guid.CreateVersion7(),
                    StepId = stepId,
                    Order = index + 1,
                    Text = q.Text.Trim(),
                    Choices = [.. q.Choices],
                    CorrectChoice = q.CorrectChoice,
                })]
                : [],
        };
    }
}
