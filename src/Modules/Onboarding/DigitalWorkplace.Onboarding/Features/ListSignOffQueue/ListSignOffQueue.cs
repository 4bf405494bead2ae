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
    /// <summary>The oldest requests looked at in one page of the queue.</summary>
    public const int Window = 500;
}

internal sealed class ListSignOffQueueHandler(OnboardingDbContext db, IPeopleAdministration administration, SignOffViews views, ICurrentUser user)
    : IQueryHandler<ListSignOffQueue, Result<IReadOnlyList<SignOffDto>>>
{
    public async ValueTask<Result<IReadOnlyList<SignOffDto>>> Handle(ListSignOffQueue query, CancellationToken cancellationToken)
    {
        var waiting = await db.SignOffRequests.AsNoTracking().Where(r => r.Status == SignOffStatus.Waiting && r.PersonId != user.PersonId)
            .OrderBy(r => r.RequestedAt).Take(ListSignOffQueue.Window).ToListAsync(cancellationToken);
        var managed = await administration.ManagedAmongAsync([.. waiting.Select(r => r.PersonId).Distinct()], cancellationToken);
        return Result<IReadOnlyList<SignOffDto>>.Success(await views.ToDtosAsync([.. waiting.Where(r => managed.Contains(r.PersonId))], cancellationToken));
    }
}
