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
        (await ReadableCommunityAsync(user, eventId, cancellationToken)).Error;

    /// <summary>Members answer, as they post: not in an archived community, nor while muted (the same policy answer).</summary>
    public async Task<Error?> AnswerAsync(ICurrentUser user, Guid eventId, CancellationToken cancellationToken) =>
        await ReadableCommunityAsync(user, eventId, cancellationToken) is { IsSuccess: true } community
            ? await policy.PostRefusalAsync(user.PersonId, community.Value, cancellationToken)
            : NotFound;

    public async Task<Error?> OrganiseAsync(ICurrentUser user, Guid eventId, CancellationToken cancellationToken) =>
        await ReadableCommunityAsync(user, eventId, cancellationToken) is { IsSuccess: true } community
            ? await policy.ManageMembersAsync(user, community.Value, cancellationToken)
            : NotFound;

    /// <summary>The event's community, looked up once, when the person may read it; 404 otherwise.</summary>
    private async Task<Result<Guid>> ReadableCommunityAsync(ICurrentUser user, Guid eventId, CancellationToken cancellationToken) =>
        await CommunityOfAsync(eventId, cancellationToken) is { } communityId && await policy.CanReadAsync(user.PersonId, communityId, cancellationToken)
            ? communityId
            : NotFound;

    private async Task<Guid?> CommunityOfAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => (Guid?)e.CommunityId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Coming events, and those going on: what every list of events shows.</summary>
    public static IQueryable<CommunityEvent> Upcoming(IQueryable<CommunityEvent> events, DateTimeOffset now) =>
        events.Where(e => e.EndsAt > now).OrderBy(e => e.StartsAt).ThenBy(e => e.Id);
}
