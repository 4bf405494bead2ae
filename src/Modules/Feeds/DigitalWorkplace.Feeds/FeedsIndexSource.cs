using System.Runtime.CompilerServices;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Identity.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DigitalWorkplace.Feeds;

/// <summary>Every post, oldest first, for rebuilding the search index; authors are looked up a batch at a time.</summary>
internal sealed class FeedsIndexSource(FeedsDbContext db, IPeopleDirectory people) : IFeedsIndexSource
{
    private const int BatchSize = 500;

    public async IAsyncEnumerable<PostPublishedIntegrationEvent> AllPostsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Guid? after = null;
        while (true)
        {
            var query = db.Posts.AsNoTracking();
            if (after is { } last)
            {
                query = query.Where(p => p.Id > last);
            }

            var batch = await query.OrderBy(p => p.Id)
                .Select(p => new { p.Id, p.CommunityId, p.AuthorId, p.Text, p.Html, p.PublishedAt })
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                yield break;
            }

            var authors = await people.GetManyAsync(batch.Select(p => p.AuthorId).ToHashSet(), cancellationToken);
            foreach (var p in batch)
            {
                yield return new PostPublishedIntegrationEvent(
                    p.Id, p.CommunityId, p.AuthorId, PostViews.Author(p.AuthorId, authors).DisplayName, p.Text, p.Html, p.PublishedAt);
            }

            after = batch[^1].Id;
        }
    }
}
