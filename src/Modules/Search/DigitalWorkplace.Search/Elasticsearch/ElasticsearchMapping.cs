namespace DigitalWorkplace.Search.Elasticsearch;

/// <summary>
/// The index's settings and mapping, sent as JSON when the index is created: the same analysis chain as the
/// Lucene provider's <see cref="Lucene.FoldingAnalyzer"/> (standard tokenizer, French elision, lower case, ASCII folding).
/// Keyword fields (kind, communityId) are what permission trimming filters on.
/// </summary>
internal static class ElasticsearchMapping
{
    public const string Analyzer = "dw_folding";

    public const string CreateIndexBody = """
        {
          "settings": {
            "analysis": {
              "filter": {
                "dw_elision": { "type": "elision", "articles_case": true, "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"] }
              },
              "analyzer": {
                "dw_folding": { "type": "custom", "tokenizer": "standard", "filter": ["dw_elision", "lowercase", "asciifolding"] }
              }
            }
          },
          "mappings": {
            "dynamic": "strict",
            "properties": {
              "kind": { "type": "keyword" },
              "id": { "type": "keyword" },
              "title": { "type": "text", "analyzer": "dw_folding" },
              "text": { "type": "text", "analyzer": "dw_folding" },
              "communityId": { "type": "keyword" },
              "url": { "type": "keyword", "index": false },
              "at": { "type": "date" }
            }
          }
        }
        """;
}
