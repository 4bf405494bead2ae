using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Help;

namespace DigitalWorkplace.Communities.Features.ListMyHelpRequests;

/// <summary>The person's own help requests, newest first.</summary>
internal sealed record ListMyHelpRequests : IQuery<Result<IReadOnlyList<HelpRequestDto>>>, IAnyActivePersonRequest;

internal sealed class ListMyHelpRequestsHandler(CommunitiesDbContext db, HelpViews views, ICurrentUser user) : IQueryHandler<ListMyHelpRequests, Result<IReadOnlyList<HelpRequestDto>>>
{
    public async ValueTask<Result<IReadOnlyList<HelpRequestDto>>> Handle(ListMyHelpRequests query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<HelpRequestDto>>.Success(await views.ToDtosAsync(
            await db.SupportRequests.AsNoTracking().Where(r => r.PersonId == user.PersonId).OrderByDescending(r => r.Id).Take(50).ToListAsync(cancellationToken),
            withMessages: false, cancellationToken));
}
