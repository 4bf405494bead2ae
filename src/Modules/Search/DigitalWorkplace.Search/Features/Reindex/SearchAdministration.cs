using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Search.Contracts;
using DigitalWorkplace.Search.Indexing;

namespace DigitalWorkplace.Search.Features.Reindex;

/// <summary>
/// Rebuilds the index from the owning modules (the <c>search reindex</c> command, or after switching provider).
/// It upserts in batches rather than clearing first: upserts are idempotent and searches keep answering during the rebuild.
/// </summary>
internal sealed class SearchAdministration(
    ISearchIndex index,
    ICommunitiesIndexSource communities,
    IFeedsIndexSource feeds,
    IPeopleDirectory people) : ISearchAdministration
{
    private const int BatchSize = 500;

    public async Task<int> ReindexAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var batch = new List<SearchDocument>(BatchSize);
        var indexed = 0;

        async Task AddAsync(SearchDocument document)
        {
            batch.Add(document);
            if (batch.Count == BatchSize)
            {
                await FlushAsync();
            }
        }

        async Task FlushAsync()
        {
            if (batch.Count == 0)
            {
                return;
            }

            await index.UpsertAsync(batch, cancellationToken);
            indexed += batch.Count;
            batch.Clear();
            progress?.Report(indexed);
        }

        await foreach (var community in communities.AllCommunitiesAsync(cancellationToken))
        {
            await AddAsync(SearchDocuments.Community(community));
        }

        await foreach (var post in feeds.AllPostsAsync(cancellationToken))
        {
            await AddAsync(SearchDocuments.Post(post));
        }

        await foreach (var comment in feeds.AllCommentsAsync(cancellationToken))
        {
            await AddAsync(SearchDocuments.Comment(comment));
        }

        string? after = null;
        do
        {
            var page = await people.ListAsync(after, Cursor.MaxPageSize, cancellationToken);
            foreach (var person in page.Items)
            {
                await AddAsync(SearchDocuments.Person(person.Id, person.DisplayName, person.EmploymentType, person.OrgUnitName));
            }

            after = page.Next;
        }
        while (after is not null);

        await FlushAsync();
        return indexed;
    }
}
