using DigitalWorkplace.Host.Tests.Sweep;
using DigitalWorkplace.Testing;

namespace DigitalWorkplace.Host.Tests;

/// <summary>Typed results make the API description complete: each operation lists its success and the problems it can answer, with schemas.</summary>
public sealed class OpenApiDocumentTests(SqlitePlatform platform) : IClassFixture<SqlitePlatform>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryOperation_DocumentsItsSuccessAndItsClientErrors()
    {
        using var client = platform.CreateClient();
        var json = await client.GetStringAsync("/openapi/v1.json", Cancel);
        var operations = OpenApiOperation.Read(json).Where(o => o.PathTemplate.StartsWith("/api/", StringComparison.Ordinal)).ToList();
        var document = System.Text.Json.Nodes.JsonNode.Parse(json)!;

        var missing = new List<string>();
        foreach (var operation in operations)
        {
            var responses = document["paths"]![operation.PathTemplate]![operation.Method.ToLowerInvariant()]!["responses"]!.AsObject();
            var statuses = responses.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
            Expect(statuses.Any(s => s.StartsWith('2')), "a 2xx success");
            Expect(statuses.Contains("401"), "401 (signed-in callers only)");
            Expect(statuses.Contains("429"), "429 (rate limited)");
            Expect(operation.BodySchema is null && !operation.QueryParameters.Any() || statuses.Contains("400"), "400 (it reads a body or a query)");
            Expect(!operation.RouteParameters.Any(p => p.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase)) || statuses.Contains("404"), "404 (it names something by id)");
            foreach (var (status, response) in responses.Where(r => r.Key.StartsWith('4')))
            {
                Expect(response!["content"]?["application/problem+json"]?["schema"] is not null, $"a problem details schema for {status}");
            }

            void Expect(bool condition, string what)
            {
                if (!condition)
                {
                    missing.Add($"{operation} does not document {what}");
                }
            }
        }

        Assert.Empty(missing);
    }
}
