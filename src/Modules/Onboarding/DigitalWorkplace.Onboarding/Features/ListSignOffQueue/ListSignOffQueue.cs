using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.SignOffs;

namespace DigitalWorkplace.Onboarding.Features.ListSignOffQueue;

/// <summary>
/// The sign-offs waiting for me, oldest first: requests of the people I administer (a location manager: their
/// location's; a franchisee admin: their locations'), never my own. Anyone may ask; most people's queue is empty.
/// </summary>
internal sealed record ListSignOffQueue : IQuery<Result<IReadOnlyList<SignOffDto>>>, IAnyActivePersonRequest
{
    /// <summary>The oldest of my people's requests shown at once.</summary>
    public const int Window = 500;
}

internal sealed class ListSignOffQueueHandler(OnboardingDbContext db, IPeopleAdministration administration, SignOffViews views, ICurrentUser user)
    : IQueryHandler<ListSignOffQueue, Result<IReadOnlyList<SignOffDto>>>
{
    public async ValueTask<Result<IReadOnlyList<SignOffDto>>> Handle(ListSignOffQueue query, CancellationToken cancellationToken)
    {
        // Whose requests wait, then which of them I administer, then theirs: another location's queue never hides mine.
        var asking = await db.SignOffRequests.AsNoTracking().Where(r => r.Status == SignOffStatus.Waiting && r.PersonId != user.PersonId)
            .Select(r => r.PersonId).Distinct().ToListAsync(cancellationToken);
        var managed = (await administration.ManagedAmongAsync(asking, cancellationToken)).ToList();
        if (managed.Count == 0)
        {
            return Result<IReadOnlyList<SignOffDto>>.Success([]);
        }

        var waiting = await db.SignOffRequests.AsNoTracking().Where(r => r.Status == SignOffStatus.Waiting && managed.Contains(r.PersonId))
            .OrderBy(r => r.RequestedAt).Take(ListSignOffQueue.Window).ToListAsync(cancellationToken);
        return Result<IReadOnlyList<SignOffDto>>.Success(await views.ToDtosAsync(waiting, cancellationToken));
    }
}
