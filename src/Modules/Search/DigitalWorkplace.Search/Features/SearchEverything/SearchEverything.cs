using DigitalWorkplace.Communities.Contracts;
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

internal sealed class SearchEverythingHandler(ISearchIndex index, ICommunityAccess access, ICurrentUser user)
    : IQueryHandler<SearchEverything, Result<SearchResultsDto>>
{
    public async ValueTask<Result<SearchResultsDto>> Handle(SearchEverything query, CancellationToken cancellationToken)
    {
        var text = query.Q!.Trim();
        // Deny by default: only the communities the Communities module says this person may read.
        var readable = await access.ReadableAsync(user.PersonId, cancellationToken);
        var results = await index.SearchAsync(new SearchIndexQuery(text, readable, query.Take ?? SearchEverything.DefaultTake), cancellationToken);
        return new SearchResultsDto(
            text,
            [.. results.Hits.Select(hit => new SearchHitDto(hit.Document.Kind, hit.Document.Id, hit.Document.Title, hit.Snippet, hit.Document.Url, hit.Document.At))],
            results.Total);
    }
}
