using System.Text.Json.Serialization;
using DigitalWorkplace.Search.Indexing;

namespace DigitalWorkplace.Search.Elasticsearch;

/// <summary>The stored source of a document; names fixed here so the mapping and the queries agree with it.</summary>
internal sealed class ElasticsearchDocument
{
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("title")]
    public required string Title { get; init; }

    [JsonPropertyName("text")]
    public required string Text { get; init; }

    [JsonPropertyName("communityId")]
    public string? CommunityId { get; init; }

    [JsonPropertyName("url")]
    public required string Url { get; init; }

    [JsonPropertyName("at")]
    public DateTimeOffset? At { get; init; }

    public static ElasticsearchDocument From(SearchDocument document) => new()
    {
        Kind = document.Kind,
        Id = document.Id.ToString("N"),
        Title = document.Title,
        Text = document.Text,
        CommunityId = document.CommunityId?.ToString("N"),
        Url = document.Url,
        At = document.At,
    };

    public SearchDocument ToDocument() => new(
        Kind,
        Guid.ParseExact(Id, "N"),
        Title,
        Text,
        CommunityId is null ? null : Guid.ParseExact(CommunityId, "N"),
        Url,
        At);
}
