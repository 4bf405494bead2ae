using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.Features.GetPost;

/// <summary>A post with its comments, oldest first.</summary>
internal sealed record GetPost(Guid PostId) : IQuery<Result<PostDetailDto>>;

internal sealed class GetPostAuthorizer(FeedPolicy policy) : IAuthorizer<GetPost>
{
    public async ValueTask<Error?> AuthorizeAsync(GetPost message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ReadPostAsync(user.PersonId, message.PostId, cancellationToken);
}

internal sealed class GetPostHandler(FeedsDbContext db, PostViews views, IPeopleDirectory people, ICurrentUser user)
    : IQueryHandler<GetPost, Result<PostDetailDto>>
{
    public async ValueTask<Result<PostDetailDto>> Handle(GetPost query, CancellationToken cancellationToken)
    {
        var row = await PostViews.Rows(db.Posts.AsNoTracking().Where(p => p.Id == query.PostId && p.Status == ContentStatus.Published)).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return FeedPolicy.PostNotFound;
        }

        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.PostId == query.PostId && c.Status == ContentStatus.Published)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.AuthorId, c.Html, c.CreatedAt, c.Attachments, c.ParentId })
            .ToListAsync(cancellationToken);
        var authors = await people.GetManyAsync(comments.Select(c => c.AuthorId).ToHashSet(), cancellationToken);
        var post = await views.ToDtoAsync(row, user.PersonId, cancellationToken);
        return new PostDetailDto(
            post,
            comments.Select(c => new CommentDto(
                c.Id, query.PostId, PostViews.Author(c.AuthorId, authors), c.Html, c.CreatedAt, Attachments: [.. c.Attachments.Select(Attachments.AttachmentFiles.ToDto)], ParentId: c.ParentId)).ToList());
    }
}
