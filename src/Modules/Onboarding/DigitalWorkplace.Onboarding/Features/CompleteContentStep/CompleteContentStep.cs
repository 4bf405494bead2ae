using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;

namespace DigitalWorkplace.Onboarding.Features.CompleteContentStep;

/// <summary>Marks a content step as read, or a policy as accepted; doing it again is harmless.</summary>
internal sealed record CompleteContentStep(Guid TrackId, Guid StepId) : ICommand<Result<Done>>, ITrackRequest;

internal sealed class CompleteContentStepHandler(OnboardingDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CompleteContentStep, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(CompleteContentStep command, CancellationToken cancellationToken)
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

        await using var transaction = await db.BeginProgressAsync(user.PersonId, step.TrackId, cancellationToken);
        if (await db.RecordAsync(user.PersonId, step, scorePercent: null, clock, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        return Done.Value;
    }
}
