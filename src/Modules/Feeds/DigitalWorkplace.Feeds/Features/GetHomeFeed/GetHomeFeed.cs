using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;

namespace DigitalWorkplace.Feeds.Features.GetHomeFeed;

/// <summary>Posts of every community the person is a member of, newest first.</summary>
internal sealed record GetHomeFeed(string? After, int? PageSize) : IQuery<Result<Page<PostDto>>>, IAnyActivePersonRequest, IValidatable
{
    public void Validate(Validator validator) => validator.That(Cursor.TryDecode(After, out _), "after", FieldError.InvalidCursor());
}

internal sealed class GetHomeFeedHandler(FeedsDbContext db, ICommunityAccess access, PostViews views, ICurrentUser user)
    : IQueryHandler<GetHomeFeed, Result<Page<PostDto>>>
{
    public async ValueTask<Result<Page<PostDto>>> Handle(GetHomeFeed query, CancellationToken cancellationToken)
    {
        Cursor.TryDecode(query.After, out var after);
        var communities = await access.MembershipsAsync(user.PersonId, cancellationToken);
        if (communities.Count == 0)
        {
            return new Page<PostDto>([], null);
        }

        var communityIds = communities.ToList();
        return await views.PageAsync(
            db.Posts.Where(p => communityIds.Contains(p.CommunityId)), after, Cursor.Clamp(query.PageSize), user.PersonId, cancellationToken);
    }
}
