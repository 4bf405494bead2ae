namespace DigitalWorkplace.Search.Contracts;

public sealed record SearchHitDto(string Kind, Guid Id, string Title, string Snippet, string Url, DateTimeOffset? At);

public sealed record SearchResultsDto(string Query, IReadOnlyList<SearchHitDto> Hits, int Total);

/// <summary>One search over what the current reader may see.</summary>
public interface ISearchService
{
    Task<SearchResultsDto> SearchAsync(string query, int take, CancellationToken cancellationToken);
}

/// <summary>Rebuilds the index from the owning modules' data (the <c>search reindex</c> command).</summary>
public interface ISearchAdministration
{
    Task<int> ReindexAsync(IProgress<int>? progress, CancellationToken cancellationToken);
}
