using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Events;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities.Features.ListAttendees;

/// <summary>Who answered what, coming first then waiting (in order) then maybe and no: for the event's organisers.</summary>
internal sealed record ListAttendees(Guid EventId) : IQuery<Result<IReadOnlyList<AttendeeDto>>>;

internal sealed class ListAttendeesAuthorizer(EventAccess access) : IAuthorizer<ListAttendees>
{
    public async ValueTask<Error?> AuthorizeAsync(ListAttendees message, ICurrentUser user, CancellationToken cancellationToken) =>
        await access.OrganiseAsync(user, message.EventId, cancellationToken);
}

internal sealed class ListAttendeesHandler(CommunitiesDbContext db, IPeopleDirectory people) : IQueryHandler<ListAttendees, Result<IReadOnlyList<AttendeeDto>>>
{
    public async ValueTask<Result<IReadOnlyList<AttendeeDto>>> Handle(ListAttendees query, CancellationToken cancellationToken)
    {
        var rsvps = await db.Rsvps.AsNoTracking().Where(r => r.EventId == query.EventId).ToListAsync(cancellationToken);
        var names = await people.GetManyAsync([.. rsvps.Select(r => r.PersonId)], cancellationToken);
        return rsvps
            .OrderBy(r => r.Response).ThenBy(r => r.Waitlisted).ThenBy(r => r.RespondedAt)
            .Select(r => new AttendeeDto(r.PersonId, names.GetValueOrDefault(r.PersonId)?.DisplayName ?? "", r.Response, r.Waitlisted, r.RespondedAt))
            .ToList();
    }
}
