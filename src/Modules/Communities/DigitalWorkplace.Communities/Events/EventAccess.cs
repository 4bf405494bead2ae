using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities.Events;

/// <summary>
/// Who may see and answer an event, decided by its community's policy: an event is read by whoever reads its community
/// (404 <c>event.not_found</c> for anyone else), answered by its members, and organised by its owners and moderators.
/// </summary>
internal sealed class EventAccess(CommunitiesDbContext db, CommunityPolicy policy)
{
    public static readonly Error NotFound = Error.NotFound("event.not_found");

    public async Task<Error?> ReadAsync(ICurrentUser user, Guid eventId, CancellationToken cancellationToken) =>
        await CommunityOfAsync(eventId, cancellationToken) is { } communityId && await policy.CanReadAsync(user.PersonId, communityId, cancellationToken)
            ? null
            : NotFound;

    public async Task<Error?> AnswerAsync(ICurrentUser user, Guid eventId, CancellationToken cancellationToken)
    {
        if (await ReadAsync(user, eventId, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        var communityId = (await CommunityOfAsync(eventId, cancellationToken))!.Value;
        return (await policy.MembershipsAsync(user.PersonId, cancellationToken)).Contains(communityId)
            ? null
            : Error.Forbidden("community.members_only", "Join the community to answer its events.");
    }

    public async Task<Error?> OrganiseAsync(ICurrentUser user, Guid eventId, CancellationToken cancellationToken) =>
        await ReadAsync(user, eventId, cancellationToken)
        ?? await policy.ManageMembersAsync(user, (await CommunityOfAsync(eventId, cancellationToken))!.Value, cancellationToken);

    private async Task<Guid?> CommunityOfAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => (Guid?)e.CommunityId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Coming events, and those going on: what every list of events shows.</summary>
    public static IQueryable<CommunityEvent> Upcoming(IQueryable<CommunityEvent> events, DateTimeOffset now) =>
        events.Where(e => e.EndsAt > now).OrderBy(e => e.StartsAt).ThenBy(e => e.Id);
}
