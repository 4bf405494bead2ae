using System.Text.Json;
using System.Text.Json.Nodes;

namespace DigitalWorkplace.Host.Tests.Sweep;

/// <summary>One operation of <c>/openapi/v1.json</c>, with what a client sends: route and query parameters, and a body schema.</summary>
internal sealed record OpenApiOperation(string Method, string PathTemplate, IReadOnlyList<OpenApiParameter> Parameters, JsonObject? BodySchema, JsonObject Document)
{
    public IEnumerable<OpenApiParameter> RouteParameters => Parameters.Where(p => p.In == "path");

    public IEnumerable<OpenApiParameter> QueryParameters => Parameters.Where(p => p.In == "query");

    public override string ToString() => $"{Method} {PathTemplate}";

    public static IReadOnlyList<OpenApiOperation> Read(string json)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        var operations = new List<OpenApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var parameters = (operation!["parameters"]?.AsArray() ?? [])
                    .Select(p => new OpenApiParameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), Resolve(document, p["schema"]?.AsObject())))
                    .ToList();
                var body = operation["requestBody"]?["content"]?["application/json"]?["schema"]?.AsObject();
                operations.Add(new OpenApiOperation(method.ToUpperInvariant(), path, parameters, Resolve(document, body), document));
            }
        }

        return operations;
    }

    /// <summary>Follows a <c>$ref</c> to <c>#/components/schemas/X</c>.</summary>
    public static JsonObject? Resolve(JsonObject document, JsonObject? schema)
    {
        if (schema?["$ref"]?.GetValue<string>() is { } reference)
        {
            return document["components"]!["schemas"]![reference.Split('/')[^1]]!.AsObject();
        }

        return schema;
    }

    /// <summary>"string", "integer", ... of a schema; a nullable type ("type": ["null", "string"]) gives the non-null one.</summary>
    public static string? TypeOf(JsonObject? schema) =>
        schema?["type"] switch
        {
            JsonValue value => value.GetValue<string>(),
            JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
            _ => schema?["enum"] is not null ? "string" : null,
        };

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}

internal sealed record OpenApiParameter(string Name, string In, JsonObject? Schema);
