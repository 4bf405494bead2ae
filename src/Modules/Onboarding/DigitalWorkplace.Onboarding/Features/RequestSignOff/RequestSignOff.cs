using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;
using DigitalWorkplace.Onboarding.SignOffs;

namespace DigitalWorkplace.Onboarding.Features.RequestSignOff;

/// <summary>
/// "I've done it": asks a manager of my location to sign off an on-site task of my track. Asking while a request
/// waits answers that request (a double tap makes one); after a decline it asks again.
/// </summary>
internal sealed record RequestSignOff(Guid TrackId, Guid StepId) : ICommand<Result<SignOffDto>>, ITrackRequest;

internal sealed class RequestSignOffHandler(OnboardingDbContext db, SignOffViews views, ICurrentUser user, TimeProvider clock) : ICommandHandler<RequestSignOff, Result<SignOffDto>>
{
    public async ValueTask<Result<SignOffDto>> Handle(RequestSignOff command, CancellationToken cancellationToken)
    {
        var step = await db.Steps.AsNoTracking().SingleOrDefaultAsync(s => s.Id == command.StepId && s.TrackId == command.TrackId, cancellationToken);
        if (step is null)
        {
            return Error.NotFound("onboarding.step_not_found");
        }

        if (step.Kind != StepKind.SignOff)
        {
            return Error.Conflict("onboarding.step_is_not_a_sign_off", "Only an on-site task is signed off by a manager.");
        }

        if (await Prerequisites.PendingErrorAsync(db, user.PersonId, step.TrackId, cancellationToken) is { } locked)
        {
            return locked;
        }

        if (await db.StepCompletions.AnyAsync(c => c.PersonId == user.PersonId && c.StepId == step.Id, cancellationToken))
        {
            return Error.Conflict("onboarding.step_already_completed", "This task is already signed off.");
        }

        var waiting = await db.SignOffRequests.AsNoTracking()
            .FirstOrDefaultAsync(r => r.PersonId == user.PersonId && r.StepId == step.Id && r.Status == SignOffStatus.Waiting, cancellationToken);
        if (waiting is null)
        {
            waiting = new SignOffRequest { Id = Guid.CreateVersion7(), PersonId = user.PersonId, TrackId = step.TrackId, StepId = step.Id, RequestedAt = clock.GetUtcNow() };
            db.SignOffRequests.Add(waiting);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The other tap's request won the unique index: that one is the answer.
                db.ChangeTracker.Clear();
                waiting = await db.SignOffRequests.AsNoTracking()
                    .SingleAsync(r => r.PersonId == user.PersonId && r.StepId == step.Id && r.Status == SignOffStatus.Waiting, cancellationToken);
            }
        }

        return await views.ToDtoAsync(waiting, cancellationToken);
    }
}
