using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;
using DigitalWorkplace.Onboarding.SignOffs;

namespace DigitalWorkplace.Onboarding.Features.DecideSignOff;

/// <summary>
/// A manager signs an on-site task off — the step is completed, in the same transaction, as any other — or declines
/// it with a note saying what is missing. Decided once: the first decision wins, a second is 409.
/// </summary>
internal sealed record DecideSignOff(Guid SignOffId, bool Approve, string? Note) : ICommand<Result<SignOffDto>>, IValidatable
{
    public void Validate(Validator validator) => validator
        .MaxLength("note", Note, SignOffRequest.NoteMaxLength)
        .That(Approve || !string.IsNullOrWhiteSpace(Note), "note", FieldError.Rule("required_to_decline", "must say what is missing when declining."));
}

/// <summary>Only someone who administers the request's person, and never for oneself; anyone else gets 404 (requests cannot be probed).</summary>
internal sealed class DecideSignOffAuthorizer(OnboardingDbContext db, IPeopleAdministration administration) : IAuthorizer<DecideSignOff>
{
    public static readonly Error NotFound = Error.NotFound("onboarding.sign_off_not_found");

    public async ValueTask<Error?> AuthorizeAsync(DecideSignOff message, ICurrentUser user, CancellationToken cancellationToken)
    {
        var personId = await db.SignOffRequests.AsNoTracking().Where(r => r.Id == message.SignOffId).Select(r => (Guid?)r.PersonId).SingleOrDefaultAsync(cancellationToken);
        if (personId is not { } person || !(await administration.ManagedAmongAsync([person], cancellationToken)).Contains(person))
        {
            return NotFound;
        }

        return person == user.PersonId ? Error.Forbidden("onboarding.own_sign_off", "Someone else signs off your own tasks.") : null;
    }
}

internal sealed class DecideSignOffHandler(OnboardingDbContext db, SignOffViews views, ICurrentUser user, TimeProvider clock) : ICommandHandler<DecideSignOff, Result<SignOffDto>>
{
    public async ValueTask<Result<SignOffDto>> Handle(DecideSignOff command, CancellationToken cancellationToken)
    {
        var asked = await db.SignOffRequests.AsNoTracking().SingleAsync(r => r.Id == command.SignOffId, cancellationToken);
        await using var transaction = await db.BeginProgressAsync(asked.PersonId, asked.TrackId, cancellationToken);
        var now = clock.GetUtcNow();
        var status = command.Approve ? SignOffStatus.Approved : SignOffStatus.Declined;
        var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        // Claimed by one conditional write: of two managers deciding at once, the first wins.
        var decided = await db.SignOffRequests.Where(r => r.Id == command.SignOffId && r.Status == SignOffStatus.Waiting).ExecuteUpdateAsync(
            set => set.SetProperty(r => r.Status, status).SetProperty(r => r.DecidedBy, user.PersonId).SetProperty(r => r.DecidedAt, now).SetProperty(r => r.Note, note),
            cancellationToken);
        if (decided == 0)
        {
            return Error.Conflict("onboarding.sign_off_decided", "This request is already decided.");
        }

        var request = await db.SignOffRequests.AsNoTracking().SingleAsync(r => r.Id == command.SignOffId, cancellationToken);
        var step = await db.Steps.AsNoTracking().SingleAsync(s => s.Id == request.StepId, cancellationToken);
        if (command.Approve)
        {
            await db.RecordAsync(request.PersonId, step, scorePercent: null, clock, cancellationToken);
        }

        db.Publish(new OnboardingSignOffDecidedIntegrationEvent(request.PersonId, request.TrackId, request.StepId, step.Title, command.Approve), clock);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await views.ToDtoAsync(request, cancellationToken);
    }
}
