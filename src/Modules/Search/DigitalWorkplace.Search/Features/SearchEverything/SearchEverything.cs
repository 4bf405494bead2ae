using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Search.Contracts;
using DigitalWorkplace.Search.Indexing;

namespace DigitalWorkplace.Search.Features.SearchEverything;

/// <summary>One search over posts, comments, communities and people, trimmed to what the reader may see.</summary>
internal sealed record SearchEverything(string? Q, int? Take) : IQuery<Result<SearchResultsDto>>, IAnyActivePersonRequest, IValidatable
{
    public const int MaxQueryLength = 200;
    public const int DefaultTake = 20;
    public const int MaxTake = 50;

    public void Validate(Validator validator) =>
        validator
            .Required("q", Q, MaxQueryLength)
            .InRange("take", Take, 1, MaxTake);
}

internal sealed class SearchEverythingHandler(ISearchIndex index, ICommunityAccess access, IGuestAccess guests, ICurrentUser user)
    : IQueryHandler<SearchEverything, Result<SearchResultsDto>>
{
    public async ValueTask<Result<SearchResultsDto>> Handle(SearchEverything query, CancellationToken cancellationToken)
    {
        var text = query.Q!.Trim();
        // Deny by default: only the communities the Communities module says this person may read.
        var readable = await access.ReadableAsync(user.PersonId, cancellationToken);
        var take = query.Take ?? SearchEverything.DefaultTake;
        if (await guests.ScopeOfAsync(user.PersonId, cancellationToken) is not null)
        {
            // A guest finds no people and only their own communities (community documents name no community: trimmed here).
            var trimmed = await index.SearchAsync(new SearchIndexQuery(text, readable, take, [SearchKinds.Community]), cancellationToken);
            var hits = trimmed.Hits.Where(hit => hit.Document.Kind != SearchKinds.Community || readable.Contains(hit.Document.Id)).ToList();
            return Results(text, hits, hits.Count);
        }

        var results = await index.SearchAsync(new SearchIndexQuery(text, readable, take), cancellationToken);
        // A community made secret a moment ago may still be filed as public: the policy decides now, not the index.
        var listable = await access.ListableAsync(user, cancellationToken);
        var visible = results.Hits.Where(hit => hit.Document.Kind != SearchKinds.Community || listable(hit.Document.Id)).ToList();
        return Results(text, visible, results.Total - (results.Hits.Count - visible.Count));
    }

    private static SearchResultsDto Results(string text, IEnumerable<SearchIndexHit> hits, int total) =>
        new(text, [.. hits.Select(hit => new SearchHitDto(
            hit.Document.Kind == SearchKinds.SecretCommunity ? SearchKinds.Community : hit.Document.Kind, hit.Document.Id, hit.Document.Title, hit.Snippet, hit.Document.Url, hit.Document.At))], total);
}
