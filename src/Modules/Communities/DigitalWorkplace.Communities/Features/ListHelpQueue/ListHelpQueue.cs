using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Help;

namespace DigitalWorkplace.Communities.Features.ListHelpQueue;

/// <summary>Support's queue: the requests in a status (open by default), the longest waiting first.</summary>
internal sealed record ListHelpQueue(HelpStatus? Status) : IQuery<Result<IReadOnlyList<HelpRequestDto>>>;

internal sealed class ListHelpQueueAuthorizer(HelpAccess access) : IAuthorizer<ListHelpQueue>
{
    public ValueTask<Error?> AuthorizeAsync(ListHelpQueue message, ICurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult(access.Support());
}

internal sealed class ListHelpQueueHandler(CommunitiesDbContext db, HelpViews views) : IQueryHandler<ListHelpQueue, Result<IReadOnlyList<HelpRequestDto>>>
{
    public async ValueTask<Result<IReadOnlyList<HelpRequestDto>>> Handle(ListHelpQueue query, CancellationToken cancellationToken)
    {
        var status = query.Status ?? HelpStatus.Open;
        var requests = await db.SupportRequests.AsNoTracking().Where(r => r.Status == status).OrderBy(r => r.UpdatedAt).ThenBy(r => r.Id).Take(100).ToListAsync(cancellationToken);
        return Result<IReadOnlyList<HelpRequestDto>>.Success(await views.ToDtosAsync(requests, withMessages: false, cancellationToken));
    }
}
