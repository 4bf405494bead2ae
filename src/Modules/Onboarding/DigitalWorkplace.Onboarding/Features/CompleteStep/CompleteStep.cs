using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.Features.CompleteStep;

/// <summary>
/// Completes a step the person does themselves: a page read, a policy accepted, a community joined, an app opened.
/// Doing it again is harmless. Quizzes are passed and on-site tasks signed off instead.
/// </summary>
internal sealed record CompleteStep(Guid TrackId, Guid StepId) : ICommand<Result<StepCompletedDto>>, ITrackRequest;

internal sealed class CompleteStepHandler(OnboardingDbContext db, ICommunitiesService communities, IAppDirectory apps, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CompleteStep, Result<StepCompletedDto>>
{
    public async ValueTask<Result<StepCompletedDto>> Handle(CompleteStep command, CancellationToken cancellationToken)
    {
        var step = await db.Steps.SingleOrDefaultAsync(s => s.Id == command.StepId && s.TrackId == command.TrackId, cancellationToken);
        if (step is null)
        {
            return Error.NotFound("onboarding.step_not_found");
        }

        if (step.Kind == StepKind.Quiz)
        {
            return Error.Conflict("onboarding.step_is_a_quiz", "A quiz step is completed by passing the quiz.");
        }

        if (step.Kind == StepKind.SignOff)
        {
            return Error.Conflict("onboarding.step_needs_sign_off", "An on-site task is completed by a manager's sign-off: ask for it.");
        }

        if (await Prerequisites.PendingErrorAsync(db, user.PersonId, step.TrackId, cancellationToken) is { } locked)
        {
            return locked;
        }

        // Done in the other module first, outside this transaction: SQLite has one writer, and a community that refuses
        // (private, the person banned) leaves the step undone.
        var done = await DoAsync(step, cancellationToken);
        if (!done.IsSuccess)
        {
            return done.Error!;
        }

        await db.CompleteAloneAsync(user.PersonId, step, clock, cancellationToken);
        return done;
    }

    private async Task<Result<StepCompletedDto>> DoAsync(Step step, CancellationToken cancellationToken)
    {
        switch (step.Kind)
        {
            case StepKind.JoinCommunity:
                var joined = await communities.JoinAsync(step.TargetId ?? Guid.Empty, cancellationToken);
                return joined.IsSuccess ? new StepCompletedDto() : Error.Conflict("onboarding.community_not_joinable", "This community cannot be joined from here: ask its owners to add you.");
            case StepKind.OpenApp:
                // The launch through the platform counts it and checks access again; here the person must be able to use the tile.
                var usable = step.TargetId is { } tileId && (await apps.UsableByAsync(user.PersonId, [tileId], cancellationToken)).Contains(tileId);
                return usable ? new StepCompletedDto($"/apps/{step.TargetId}/launch") : Error.Conflict("onboarding.app_not_available", "This app is not available to you: ask your manager.");
            default:
                return new StepCompletedDto();
        }
    }
}
