using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.GetHomeFeed;

/// <summary>Posts of every community the person is a member of, newest first.</summary>
internal sealed record GetHomeFeed(string? After, int? PageSize) : IQuery<Result<Page<PostDto>>>, IAnyActivePersonRequest, IValidatable
{
    public void Validate(Validator validator) => validator.That(Cursor.TryDecode(After, out _), "after", FieldError.InvalidCursor());
}

internal sealed class GetHomeFeedHandler(ICommunityAccess access, PostViews views, ICurrentUser user)
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

        return await views.PageAsync(communities, after, Cursor.Clamp(query.PageSize), user.PersonId, cancellationToken);
    }
}
