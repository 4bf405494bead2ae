using DigitalWorkplace.Feeds.Data;

namespace DigitalWorkplace.Feeds.Features.GetPostMarkdown;

/// <summary>The Markdown of a post, for its author to edit (readers get the rendered HTML; the source is the author's).</summary>
internal sealed record GetPostMarkdown(Guid PostId) : IQuery<Result<string>>;

internal sealed class GetPostMarkdownAuthorizer(FeedPolicy policy) : IAuthorizer<GetPostMarkdown>
{
    public async ValueTask<Error?> AuthorizeAsync(GetPostMarkdown message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.AuthorOfPostAsync(user, message.PostId, cancellationToken);
}

internal sealed class GetPostMarkdownHandler(FeedsDbContext db) : IQueryHandler<GetPostMarkdown, Result<string>>
{
    public async ValueTask<Result<string>> Handle(GetPostMarkdown query, CancellationToken cancellationToken) =>
        await db.Posts.AsNoTracking().Where(p => p.Id == query.PostId).Select(p => p.Markdown).SingleOrDefaultAsync(cancellationToken) is { } markdown
            ? markdown
            : FeedPolicy.PostNotFound;
}
