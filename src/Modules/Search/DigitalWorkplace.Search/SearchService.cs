using DigitalWorkplace.Search.Contracts;
using DigitalWorkplace.Search.Features.SearchEverything;

namespace DigitalWorkplace.Search;

/// <summary>The search for the UI: an empty query, or nobody signed in, finds nothing rather than failing.</summary>
internal sealed class SearchService(ISender sender) : ISearchService
{
    public async Task<SearchResultsDto> SearchAsync(string query, int take, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return new SearchResultsDto(query ?? string.Empty, [], 0);
        }

        var result = await sender.Send(
            new SearchEverything(query.Length > SearchEverything.MaxQueryLength ? query[..SearchEverything.MaxQueryLength] : query,
                Math.Clamp(take, 1, SearchEverything.MaxTake)),
            cancellationToken);
        return result.Value ?? new SearchResultsDto(query, [], 0);
    }
}
