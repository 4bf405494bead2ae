using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds.Features.GetTopic;

/// <summary>
/// A topic page: the published posts filed under a hashtag, newest first, among the communities the reader may read
/// (public ones and their own) — a tag never shows a private community's post to an outsider.
/// </summary>
internal sealed record GetTopic(string? Tag, string? After) : IQuery<Result<Page<PostDto>>>, IAnyActivePersonRequest, IValidatable
{
    public void Validate(Validator validator) => validator
        .That(Hashtags.IsTag(Tag), "tag", FieldError.Rule("invalid_tag", "must be 2 to 50 letters, digits or underscores."))
        .That(Cursor.TryDecode(After, out _), "after", FieldError.InvalidCursor());
}

internal sealed class GetTopicHandler(FeedsDbContext db, PostViews views, ICommunityAccess access, ICurrentUser user) : IQueryHandler<GetTopic, Result<Page<PostDto>>>
{
    public async ValueTask<Result<Page<PostDto>>> Handle(GetTopic query, CancellationToken cancellationToken)
    {
        Cursor.TryDecode(query.After, out var after);
        var tag = Hashtags.Fold(query.Tag!);
        var readable = (await access.ReadableAsync(user.PersonId, cancellationToken)).ToList();
        var tagged = db.PostTags.AsNoTracking().Where(t => t.Tag == tag && readable.Contains(t.CommunityId));
        if (after is { } cursor)
        {
            tagged = tagged.Where(t => t.PostId < cursor);
        }

        var size = Cursor.DefaultPageSize;
        var posts = db.Posts.AsNoTracking().Where(p => p.Status == ContentStatus.Published && tagged.Any(t => t.PostId == p.Id));
        var rows = await PostViews.Rows(posts.OrderByDescending(p => p.Id)).Take(size + 1).ToListAsync(cancellationToken);
        var page = rows.Take(size).ToList();
        return new Page<PostDto>(await views.ToDtosAsync(page, user.PersonId, cancellationToken), rows.Count > size ? Cursor.Encode(page[^1].Id) : null);
    }
}
