using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;
using DigitalWorkplace.Communities.Events;

namespace DigitalWorkplace.Communities.Features.RespondToEvent;

/// <summary>
/// A member answers yes, maybe or no. A "yes" past the capacity waits on the list; when someone coming drops out, the
/// person waiting longest is moved up and told. Answers to one event take turns (the event row is written first, in
/// the same transaction), so two people never take the last spot at once. Answering the same twice changes nothing.
/// </summary>
internal sealed record RespondToEvent(Guid EventId, RsvpResponse? Response) : ICommand<Result<EventDto>>, IValidatable
{
    public void Validate(Validator validator) =>
        validator.That(Response is { } r && Enum.IsDefined(r), "response", FieldError.OneOf(Enum.GetNames<RsvpResponse>()));
}

internal sealed class RespondToEventAuthorizer(EventAccess access) : IAuthorizer<RespondToEvent>
{
    public async ValueTask<Error?> AuthorizeAsync(RespondToEvent message, ICurrentUser user, CancellationToken cancellationToken) =>
        await access.AnswerAsync(user, message.EventId, cancellationToken);
}

internal sealed class RespondToEventHandler(CommunitiesDbContext db, EventViews views, EventAnswers answers, ICurrentUser user, TimeProvider clock) : ICommandHandler<RespondToEvent, Result<EventDto>>
{
    public async ValueTask<Result<EventDto>> Handle(RespondToEvent command, CancellationToken cancellationToken)
    {
        var response = command.Response!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // First, so that answers to this event wait for each other: a row lock on PostgreSQL, the write lock on SQLite.
        await db.Events.Where(e => e.Id == command.EventId).ExecuteUpdateAsync(s => s.SetProperty(e => e.RsvpVersion, e => e.RsvpVersion + 1), cancellationToken);
        var e = await db.Events.AsNoTracking().FirstAsync(x => x.Id == command.EventId, cancellationToken);
        if (e.EndsAt <= clock.GetUtcNow())
        {
            return Error.Conflict("event.over", "This event is over.");
        }

        var rsvps = await db.Rsvps.Where(r => r.EventId == e.Id).ToListAsync(cancellationToken);
        var mine = rsvps.Find(r => r.PersonId == user.PersonId);
        if (mine?.Response != response)
        {
            var wasComing = mine is { Response: RsvpResponse.Yes, Waitlisted: false };
            if (mine is null)
            {
                mine = new EventRsvp { EventId = e.Id, PersonId = user.PersonId, Response = response, RespondedAt = clock.GetUtcNow() };
                db.Rsvps.Add(mine);
                rsvps.Add(mine);
            }

            mine.Response = response;
            mine.RespondedAt = clock.GetUtcNow();
            var going = rsvps.Count(r => r.Response == RsvpResponse.Yes && !r.Waitlisted && r != mine);
            mine.Waitlisted = response == RsvpResponse.Yes && e.Capacity is { } capacity && going >= capacity;
            if (wasComing && response != RsvpResponse.Yes)
            {
                await answers.GiveSeatAsync(e.Id, user.PersonId, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return await views.ToDtoAsync(e, cancellationToken);
    }
}
