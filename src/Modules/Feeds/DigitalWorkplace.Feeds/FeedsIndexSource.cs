using System.Runtime.CompilerServices;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds;

/// <summary>Every post and comment (or one author's), oldest first, for (re)building the search index; authors are looked up a batch at a time.</summary>
internal sealed class FeedsIndexSource(FeedsDbContext db, IPeopleDirectory people) : IFeedsIndexSource
{
    private const int BatchSize = 500;

    public IAsyncEnumerable<PostPublishedIntegrationEvent> AllPostsAsync(CancellationToken cancellationToken) => PostsAsync(null, cancellationToken);

    public IAsyncEnumerable<CommentAddedIntegrationEvent> AllCommentsAsync(CancellationToken cancellationToken) => CommentsAsync(null, cancellationToken);

    public IAsyncEnumerable<PostPublishedIntegrationEvent> PostsOfAsync(Guid authorId, CancellationToken cancellationToken) => PostsAsync(authorId, cancellationToken);

    public IAsyncEnumerable<CommentAddedIntegrationEvent> CommentsOfAsync(Guid authorId, CancellationToken cancellationToken) => CommentsAsync(authorId, cancellationToken);

    public async Task<(IReadOnlyList<PostPublishedIntegrationEvent> Posts, IReadOnlyList<CommentAddedIntegrationEvent> Comments)> PublishedAsync(
        IReadOnlyList<Guid> postIds, IReadOnlyList<Guid> commentIds, CancellationToken cancellationToken)
    {
        var posts = postIds.Count == 0 ? [] : await PostsAsync(null, postIds, cancellationToken).ToListAsync(cancellationToken);
        var comments = commentIds.Count == 0 ? [] : await CommentsAsync(null, commentIds, cancellationToken).ToListAsync(cancellationToken);
        return (posts, comments);
    }

    private IAsyncEnumerable<PostPublishedIntegrationEvent> PostsAsync(Guid? authorId, CancellationToken cancellationToken) => PostsAsync(authorId, null, cancellationToken);

    private IAsyncEnumerable<CommentAddedIntegrationEvent> CommentsAsync(Guid? authorId, CancellationToken cancellationToken) => CommentsAsync(authorId, null, cancellationToken);

    // Only published content is indexed: hidden posts and comments, and comments under a hidden post, are found by nobody.
    private IAsyncEnumerable<PostPublishedIntegrationEvent> PostsAsync(Guid? authorId, IReadOnlyList<Guid>? ids, CancellationToken cancellationToken) =>
        InBatchesAsync(
            after => db.Posts.AsNoTracking()
                .Where(p => (after == null || p.Id > after) && (authorId == null || p.AuthorId == authorId) && (ids == null || ids.Contains(p.Id)) && p.Status == ContentStatus.Published)
                .OrderBy(p => p.Id)
                .Select(p => new IndexedItem(p.Id, p.AuthorId, new PostPublishedIntegrationEvent(p.Id, p.CommunityId, p.AuthorId, "", p.Text, p.Html, p.PublishedAt))),
            (item, author) => ((PostPublishedIntegrationEvent)item.Event) with { AuthorName = author },
            cancellationToken);

    private IAsyncEnumerable<CommentAddedIntegrationEvent> CommentsAsync(Guid? authorId, IReadOnlyList<Guid>? ids, CancellationToken cancellationToken) =>
        InBatchesAsync(
            after => db.Comments.AsNoTracking()
                .Where(c => (after == null || c.Id > after) && (authorId == null || c.AuthorId == authorId) && (ids == null || ids.Contains(c.Id)) && c.Status == ContentStatus.Published)
                .OrderBy(c => c.Id)
                .Join(db.Posts.Where(p => p.Status == ContentStatus.Published), c => c.PostId, p => p.Id, (c, p) => new IndexedItem(
                    c.Id, c.AuthorId, new CommentAddedIntegrationEvent(c.Id, c.PostId, p.AuthorId, p.CommunityId, c.AuthorId, "", c.Text, c.Html, c.CreatedAt))),
            (item, author) => ((CommentAddedIntegrationEvent)item.Event) with { AuthorName = author },
            cancellationToken);

    private async IAsyncEnumerable<T> InBatchesAsync<T>(
        Func<Guid?, IQueryable<IndexedItem>> query,
        Func<IndexedItem, string, T> withAuthor,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Guid? after = null;
        while (true)
        {
            var batch = await query(after).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                yield break;
            }

            var authors = await people.GetManyAsync(batch.Select(i => i.AuthorId).ToHashSet(), cancellationToken);
            foreach (var item in batch)
            {
                yield return withAuthor(item, PostViews.Author(item.AuthorId, authors).DisplayName);
            }

            after = batch[^1].Id;
        }
    }

    private sealed record IndexedItem(Guid Id, Guid AuthorId, object Event);
}
