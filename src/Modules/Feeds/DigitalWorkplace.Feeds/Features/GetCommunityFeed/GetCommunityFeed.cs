using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.GetCommunityFeed;

/// <summary>
/// One community's posts, newest first, its pinned post on top of the first page; 404 for a private community the
/// person is not a member of.
/// </summary>
internal sealed record GetCommunityFeed(Guid CommunityId, string? After, int? PageSize)
    : IQuery<Result<Page<PostDto>>>, IValidatable
{
    public void Validate(Validator validator) => validator.That(Cursor.TryDecode(After, out _), "after", FieldError.InvalidCursor());
}

internal sealed class GetCommunityFeedAuthorizer(FeedPolicy policy) : IAuthorizer<GetCommunityFeed>
{
    public async ValueTask<Error?> AuthorizeAsync(GetCommunityFeed message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ReadCommunityAsync(user.PersonId, message.CommunityId, cancellationToken);
}

internal sealed class GetCommunityFeedHandler(Data.FeedsDbContext db, PostViews views, ICurrentUser user)
    : IQueryHandler<GetCommunityFeed, Result<Page<PostDto>>>
{
    public async ValueTask<Result<Page<PostDto>>> Handle(GetCommunityFeed query, CancellationToken cancellationToken)
    {
        Cursor.TryDecode(query.After, out var after);
        var page = await views.PageAsync([query.CommunityId], after, Cursor.Clamp(query.PageSize), user.PersonId, cancellationToken);
        if (after is not null)
        {
            return page;
        }

        var pinned = await PostViews.Rows(db.Posts.AsNoTracking()
                .Where(p => p.CommunityId == query.CommunityId && p.PinnedAt != null && p.Status == Domain.ContentStatus.Published)
                .OrderByDescending(p => p.PinnedAt))
            .FirstOrDefaultAsync(cancellationToken);
        return pinned is null
            ? page
            : page with { Items = [await views.ToDtoAsync(pinned, user.PersonId, cancellationToken), .. page.Items.Where(p => p.Id != pinned.Id)] };
    }
}
