namespace DigitalWorkplace.Search;

internal enum SearchProvider
{
    Lucene,
    Elasticsearch,
}

/// <summary>The <c>Search</c> configuration section.</summary>
internal sealed class SearchOptions
{
    public const string Section = "Search";

    public SearchProvider Provider { get; set; } = SearchProvider.Lucene;

    /// <summary>The Elasticsearch cluster (<c>Search:Url</c>), required with that provider.</summary>
    public Uri? Url { get; set; }

    /// <summary>An Elasticsearch API key, when the cluster requires one.</summary>
    public string? ApiKey { get; set; }

    public string IndexName { get; set; } = "digital-workplace";
}
