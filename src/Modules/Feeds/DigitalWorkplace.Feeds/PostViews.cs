using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds;

/// <summary>The columns of a post a reader's view needs (not its Markdown).</summary>
internal sealed record PostRow(Guid Id, Guid CommunityId, Guid AuthorId, string Html, DateTimeOffset PublishedAt, int CommentCount);

/// <summary>
/// Turns posts into what a reader sees, with a constant number of queries however many posts there are:
/// one call for the authors, one for the community names, one for every reaction count and the reader's own.
/// </summary>
internal sealed class PostViews(FeedsDbContext db, IPeopleDirectory people, ICommunityDirectory communities)
{
    /// <summary>Shown for an author the people directory no longer knows (an erased account).</summary>
    public const string UnknownAuthor = "Unknown";

    public static IQueryable<PostRow> Rows(IQueryable<Post> posts) =>
        posts.Select(p => new PostRow(p.Id, p.CommunityId, p.AuthorId, p.Html, p.PublishedAt, p.CommentCount));

    /// <summary>One page, newest first: ids are UUID v7, so id order is publication order and the cursor is the last id.</summary>
    public async Task<Page<PostDto>> PageAsync(IQueryable<Post> posts, Guid? after, int pageSize, Guid readerId, CancellationToken cancellationToken)
    {
        if (after is { } cursor)
        {
            posts = posts.Where(p => p.Id < cursor);
        }

        var rows = await Rows(posts.AsNoTracking().OrderByDescending(p => p.Id)).Take(pageSize + 1).ToListAsync(cancellationToken);
        var hasMore = rows.Count > pageSize;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var items = await ToDtosAsync(rows, readerId, cancellationToken);
        return new Page<PostDto>(items, hasMore ? Cursor.Encode(rows[^1].Id) : null);
    }

    public async Task<PostDto> ToDtoAsync(PostRow row, Guid readerId, CancellationToken cancellationToken) =>
        (await ToDtosAsync([row], readerId, cancellationToken))[0];

    public async Task<IReadOnlyList<PostDto>> ToDtosAsync(IReadOnlyList<PostRow> rows, Guid readerId, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var postIds = rows.Select(r => r.Id).ToList();
        var authors = await people.GetManyAsync(rows.Select(r => r.AuthorId).ToHashSet(), cancellationToken);
        var names = await communities.NamesAsync(rows.Select(r => r.CommunityId).ToHashSet(), cancellationToken);
        var reactions = await db.Reactions.AsNoTracking()
            .Where(r => postIds.Contains(r.PostId))
            .GroupBy(r => new { r.PostId, r.Kind })
            .Select(g => new { g.Key.PostId, g.Key.Kind, Count = g.Count(), Mine = g.Count(r => r.PersonId == readerId) })
            .ToListAsync(cancellationToken);
        var reactionsByPost = reactions.ToLookup(r => r.PostId);

        return rows.Select(row =>
        {
            var postReactions = reactionsByPost[row.Id].OrderBy(r => ReactionKinds.Order(r.Kind)).ToList();
            return new PostDto(
                row.Id,
                row.CommunityId,
                names.GetValueOrDefault(row.CommunityId, ""),
                Author(row.AuthorId, authors),
                row.Html,
                row.PublishedAt,
                row.CommentCount,
                postReactions.Select(r => new ReactionCountDto(r.Kind, r.Count)).ToList(),
                postReactions.Where(r => r.Mine > 0).Select(r => r.Kind).ToList());
        }).ToList();
    }

    public static AuthorDto Author(Guid authorId, IReadOnlyDictionary<Guid, PersonSummary> authors) =>
        new(authorId, authors.TryGetValue(authorId, out var person) ? person.DisplayName : UnknownAuthor);
}
