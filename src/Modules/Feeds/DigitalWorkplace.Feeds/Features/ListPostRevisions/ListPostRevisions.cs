using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;

namespace DigitalWorkplace.Feeds.Features.ListPostRevisions;

/// <summary>A post's earlier versions, newest first, for whoever may read the post (an edit is not a way to hide what was said).</summary>
internal sealed record ListPostRevisions(Guid PostId) : IQuery<Result<IReadOnlyList<PostRevisionDto>>>;

internal sealed class ListPostRevisionsAuthorizer(FeedPolicy policy) : IAuthorizer<ListPostRevisions>
{
    public async ValueTask<Error?> AuthorizeAsync(ListPostRevisions message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ReadPostAsync(user.PersonId, message.PostId, cancellationToken);
}

internal sealed class ListPostRevisionsHandler(FeedsDbContext db) : IQueryHandler<ListPostRevisions, Result<IReadOnlyList<PostRevisionDto>>>
{
    public async ValueTask<Result<IReadOnlyList<PostRevisionDto>>> Handle(ListPostRevisions query, CancellationToken cancellationToken) =>
        await db.PostRevisions.AsNoTracking().Where(r => r.PostId == query.PostId).OrderByDescending(r => r.Id)
            .Select(r => new PostRevisionDto(r.Html, r.WrittenAt, r.ReplacedAt)).ToListAsync(cancellationToken);
}
