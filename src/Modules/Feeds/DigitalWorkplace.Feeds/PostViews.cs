using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds;

/// <summary>The columns of a post a reader's view needs (not its Markdown).</summary>
internal sealed record PostRow(
    Guid Id, Guid CommunityId, Guid AuthorId, string Html, DateTimeOffset PublishedAt, int CommentCount, Guid? BrandValueId, List<Guid> RecognisedIds, List<AttachmentRef> Attachments,
    PostLink? LinkPreview, Guid? LinkedPostId, PostPoll? Poll, DateTimeOffset? EditedAt, DateTimeOffset? PinnedAt);

/// <summary>
/// Turns posts into what a reader sees. A page of the first few screens comes from the communities' cached timelines
/// (no query when warm); a deeper one from one query; either way authors, community names and reactions are looked up
/// once for the whole page, from their caches.
/// </summary>
internal sealed class PostViews(
    FeedsDbContext db, Timelines timelines, IPeopleDirectory people, ICommunityDirectory communities, ICommunityAccess access, BrandValues.BrandValueCatalog values, TimeProvider clock)
{
    /// <summary>Shown for an author the people directory no longer knows (an erased account).</summary>
    public const string UnknownAuthor = "Unknown";

    public static IQueryable<PostRow> Rows(IQueryable<Post> posts) =>
        posts.Select(p => new PostRow(p.Id, p.CommunityId, p.AuthorId, p.Html, p.PublishedAt, p.CommentCount, p.BrandValueId, p.RecognisedIds, p.Attachments, p.LinkPreview, p.LinkedPostId, p.Poll, p.EditedAt, p.PinnedAt));

    public static PostRow RowOf(Post post) =>
        new(post.Id, post.CommunityId, post.AuthorId, post.Html, post.PublishedAt, post.CommentCount, post.BrandValueId, post.RecognisedIds, post.Attachments, post.LinkPreview, post.LinkedPostId, post.Poll, post.EditedAt, post.PinnedAt);

    /// <summary>
    /// One page of the communities' posts, newest first: ids are UUID v7, so id order is publication order and the cursor
    /// is the last id. The caller has already decided that the reader may read every one of these communities.
    /// </summary>
    public async Task<Page<PostDto>> PageAsync(IReadOnlyCollection<Guid> communityIds, Guid? after, int pageSize, Guid readerId, CancellationToken cancellationToken)
    {
        var rows = await FromTimelinesAsync(communityIds, after, pageSize, cancellationToken) ?? await FromDatabaseAsync(communityIds, after, pageSize, cancellationToken);
        var hasMore = rows.Count > pageSize;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var items = await ToDtosAsync(rows, readerId, cancellationToken);
        return new Page<PostDto>(items, hasMore ? Cursor.Encode(rows[^1].Id) : null);
    }

    /// <summary>
    /// The page (plus one row, to tell whether there is more) merged from the cached timelines, or null when they cannot
    /// answer it: a timeline that has older posts than it holds must reach below the page, or its older posts might belong.
    /// </summary>
    private async Task<List<PostRow>?> FromTimelinesAsync(IReadOnlyCollection<Guid> communityIds, Guid? after, int pageSize, CancellationToken cancellationToken)
    {
        var loaded = new List<Timeline>(communityIds.Count);
        foreach (var communityId in communityIds)
        {
            var timeline = await timelines.NewestAsync(communityId, cancellationToken);
            if (after is { } cursor && timeline.HasOlder && timeline.Newest[^1].Id >= cursor)
            {
                // The page starts below what this timeline holds: only the database can answer it.
                return null;
            }

            loaded.Add(timeline);
        }

        var page = MergeNewestFirst(loaded, after, pageSize + 1);
        var boundary = page.Count > pageSize ? page[^1].Id : (Guid?)null;
        var complete = loaded.TrueForAll(t => !t.HasOlder || (boundary is { } last && t.Newest[^1].Id < last));
        return complete ? page : null;
    }

    // Each timeline is already newest first: take from whichever head is newest, rather than sorting them all.
    private static List<PostRow> MergeNewestFirst(List<Timeline> timelines, Guid? after, int take)
    {
        var heads = new int[timelines.Count];
        for (var t = 0; t < timelines.Count; t++)
        {
            var newest = timelines[t].Newest;
            while (after is { } cursor && heads[t] < newest.Count && newest[heads[t]].Id >= cursor)
            {
                heads[t]++;
            }
        }

        var page = new List<PostRow>(take);
        while (page.Count < take)
        {
            var best = -1;
            for (var t = 0; t < timelines.Count; t++)
            {
                var newest = timelines[t].Newest;
                if (heads[t] < newest.Count && (best < 0 || newest[heads[t]].Id > timelines[best].Newest[heads[best]].Id))
                {
                    best = t;
                }
            }

            if (best < 0)
            {
                break;
            }

            page.Add(timelines[best].Newest[heads[best]++]);
        }

        return page;
    }

    private async Task<List<PostRow>> FromDatabaseAsync(IReadOnlyCollection<Guid> communityIds, Guid? after, int pageSize, CancellationToken cancellationToken)
    {
        var ids = communityIds.ToList();
        var posts = db.Posts.AsNoTracking().Where(p => ids.Contains(p.CommunityId) && p.Status == ContentStatus.Published);
        if (after is { } cursor)
        {
            posts = posts.Where(p => p.Id < cursor);
        }

        return await Rows(posts.OrderByDescending(p => p.Id)).Take(pageSize + 1).ToListAsync(cancellationToken);
    }

    public async Task<PostDto> ToDtoAsync(PostRow row, Guid readerId, CancellationToken cancellationToken) =>
        (await ToDtosAsync([row], readerId, cancellationToken))[0];

    public async Task<IReadOnlyList<PostDto>> ToDtosAsync(IReadOnlyList<PostRow> rows, Guid readerId, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var linked = await LinkedPostsAsync(rows, readerId, cancellationToken);
        // The recognised and linked posts' authors are looked up with the authors: one directory call for the page.
        var authors = await people.GetManyAsync(rows.SelectMany(r => r.RecognisedIds.Append(r.AuthorId)).Concat(linked.Values.Select(l => l.AuthorId)).ToHashSet(), cancellationToken);
        var names = await communities.NamesAsync(rows.Select(r => r.CommunityId).Concat(linked.Values.Select(l => l.CommunityId)).ToHashSet(), cancellationToken);
        var reactions = await timelines.ReactionsAsync([.. rows.Select(r => r.Id)], cancellationToken);
        var brandValues = rows.Any(r => r.BrandValueId is not null) ? await values.AllAsync(cancellationToken) : BrandValues.BrandValueCatalog.None;
        var polls = rows.Where(r => r.Poll is not null).ToDictionary(r => r.Id, r => r.Poll!.Options.Count);
        var tallies = polls.Count > 0 ? await timelines.PollTalliesAsync(polls, cancellationToken) : null;
        var now = clock.GetUtcNow();

        return [.. rows.Select(row =>
        {
            var postReactions = reactions[row.Id];
            return new PostDto(
                row.Id,
                row.CommunityId,
                names.GetValueOrDefault(row.CommunityId, ""),
                Author(row.AuthorId, authors),
                row.Html,
                row.PublishedAt,
                row.CommentCount,
                postReactions.Counts,
                postReactions.Of(readerId),
                Recognition: row.BrandValueId is { } valueId && brandValues.TryGetValue(valueId, out var value)
                    ? new RecognitionDto(value, [.. row.RecognisedIds.Select(id => Author(id, authors))])
                    : null,
                Attachments: [.. row.Attachments.Select(Attachments.AttachmentFiles.ToDto)],
                LinkPreview: row.LinkedPostId is { } linkedId
                    ? linked.TryGetValue(linkedId, out var target)
                        ? new LinkPreviewDto($"/posts/{linkedId}", "", $"{Author(target.AuthorId, authors).DisplayName} · {names.GetValueOrDefault(target.CommunityId, "")}", Excerpt(target.Text), null, IsPost: true)
                        : null
                    : row.LinkPreview is { } page ? new LinkPreviewDto(page.Url, page.Host, page.Title, page.Description, page.SiteName) : null,
                Poll: row.Poll is { } poll && tallies is not null ? PollOf(poll, tallies[row.Id], readerId, now) : null,
                EditedAt: row.EditedAt,
                IsPinned: row.PinnedAt is not null);
        })];
    }

    public static PollDto PollOf(PostPoll poll, PollTally tally, Guid readerId, DateTimeOffset now) =>
        new([.. poll.Options.Select((text, i) => new PollOptionDto(i, text, tally.Counts[i]))], poll.Multiple, poll.ClosesAt, poll.IsClosed(now), tally.Voters, tally.Of(readerId));

    private sealed record LinkedPost(Guid CommunityId, Guid AuthorId, string Text);

    /// <summary>
    /// The posts of this site that these posts link to, among those the reader may read (published, in a community
    /// they may read): one query, and only when a page has such links. Each reader sees only what they could open.
    /// </summary>
    private async Task<IReadOnlyDictionary<Guid, LinkedPost>> LinkedPostsAsync(IReadOnlyList<PostRow> rows, Guid readerId, CancellationToken cancellationToken)
    {
        var ids = rows.Where(r => r.LinkedPostId is not null).Select(r => r.LinkedPostId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, LinkedPost>();
        }

        var found = await db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id) && p.Status == ContentStatus.Published)
            .Select(p => new { p.Id, p.CommunityId, p.AuthorId, p.Text }).ToListAsync(cancellationToken);
        var readable = new Dictionary<Guid, LinkedPost>();
        foreach (var post in found)
        {
            if (await access.CanReadAsync(readerId, post.CommunityId, cancellationToken))
            {
                readable[post.Id] = new LinkedPost(post.CommunityId, post.AuthorId, post.Text);
            }
        }

        return readable;
    }

    private static string Excerpt(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= 200 ? oneLine : string.Concat(oneLine.AsSpan(0, 199).TrimEnd(), "…");
    }

    public static AuthorDto Author(Guid authorId, IReadOnlyDictionary<Guid, PersonSummary> authors) =>
        authors.TryGetValue(authorId, out var person)
            ? new(authorId, person.DisplayName, person.EmploymentType == EmploymentType.External, person.PhotoUrl)
            : new(authorId, UnknownAuthor);
}
