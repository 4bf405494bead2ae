using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace DigitalWorkplace.Host.Tests.Sweep;

/// <summary>Route values that name things that exist (a community, a post); any other id is one that exists nowhere.</summary>
internal sealed record KnownIds(IReadOnlyDictionary<string, string> Values)
{
    public static readonly KnownIds None = new(new Dictionary<string, string>());
}

/// <summary>A body as bytes, so that the same case can be sent with and without credentials.</summary>
internal sealed record RequestBody(byte[] Bytes, string ContentType)
{
    public static RequestBody Json(string json) => new(Encoding.UTF8.GetBytes(json), "application/json");
}

/// <summary>One request of the sweep: what it is, and how to send it.</summary>
internal sealed record MalformedCase(string Name, HttpMethod Method, string Url, RequestBody? Body)
{
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(Method, Url);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body.Bytes) { Headers = { ContentType = MediaTypeHeaderValue.Parse(Body.ContentType) } };
        }

        return request;
    }

    public override string ToString() => $"{Method} {Url} [{Name}]";
}

/// <summary>
/// The corpus: for every operation, broken bodies (truncated, not an object, deep nesting, bad bytes, each property
/// given the wrong type or an impossible value), bad query values and bad route values.
/// </summary>
internal static class MalformedInputs
{
    private static readonly string[] BadScalars = ["abc", "1.5", "99999999999", "-1", "0", "", "%FF", "%ED%A0%80", "%00", new string('9', 400)];

    private static readonly string[] BadRouteValues = ["not-a-guid", "00000000-0000-0000-0000-000000000000", "%00", "..%2F..%2Fetc", new string('a', 300)];

    public static IEnumerable<MalformedCase> For(OpenApiOperation operation, KnownIds known)
    {
        var method = new HttpMethod(operation.Method);
        var url = Url(operation, known);
        foreach (var (name, body) in Bodies(operation))
        {
            yield return new MalformedCase(name, method, url, body);
        }

        var valid = operation.BodySchema is null ? null : ValidBody(operation.Document, operation.BodySchema);
        foreach (var query in operation.QueryParameters)
        {
            foreach (var value in BadScalars)
            {
                yield return new MalformedCase($"query {query.Name}={Short(value)}", method, $"{url}?{query.Name}={value}", Json(valid));
            }
        }

        foreach (var route in operation.RouteParameters)
        {
            foreach (var value in BadRouteValues)
            {
                yield return new MalformedCase($"route {route.Name}={Short(value)}", method, Url(operation, known, (route.Name, value)), Json(valid));
            }
        }
    }

    /// <summary>The operation's URL with its route values filled: an id that exists nowhere, a word that means nothing.</summary>
    public static string Url(OpenApiOperation operation, KnownIds known, (string Name, string Value)? replaced = null)
    {
        var url = operation.PathTemplate;
        foreach (var route in operation.RouteParameters)
        {
            var value = replaced is { } r && r.Name == route.Name ? r.Value
                : known.Values.TryGetValue(route.Name, out var existing) ? existing
                : route.Schema?["format"]?.GetValue<string>() == "uuid" || route.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase) ? UnknownId
                : "like";
            url = url.Replace("{" + route.Name + "}", value, StringComparison.Ordinal);
        }

        return url;
    }

    private static readonly string UnknownId = Guid.CreateVersion7().ToString("D");

    private static IEnumerable<(string Name, RequestBody? Body)> Bodies(OpenApiOperation operation)
    {
        // Even operations without a body get a few: a body where none is expected must not break them either.
        yield return ("no body", null);
        yield return ("empty body", Raw(""));
        yield return ("truncated", Raw("{\"a\":"));
        yield return ("not JSON", Raw("<xml/>"));
        yield return ("array", Raw("[]"));
        yield return ("null", Raw("null"));
        yield return ("number", Raw("42"));
        yield return ("string", Raw("\"text\""));
        yield return ("nesting 100 deep", Raw(new string('[', 100) + new string(']', 100)));
        yield return ("object nesting 100 deep", Raw(string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100)));
        yield return ("invalid UTF-8", new RequestBody([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0xFF, 0x7D], "application/json"));
        yield return ("text/plain", new RequestBody("{}"u8.ToArray(), "text/plain"));
        yield return ("huge number", Raw("{\"x\":1e400}"));
        if (operation.BodySchema is not { } schema)
        {
            yield break;
        }

        var valid = ValidBody(operation.Document, schema);
        yield return ("plausible body", Json(valid));
        foreach (var property in valid.Select(p => p.Key).ToList())
        {
            foreach (var (label, bad) in WrongValues(operation.Document, Property(schema, property)))
            {
                var mutated = valid.DeepClone().AsObject();
                mutated[property] = bad;
                yield return ($"{property}: {label}", Json(mutated));
            }

            // Strings that no database should be asked to store: a NUL, a lone surrogate (sent as an escape).
            if (OpenApiOperation.TypeOf(Property(schema, property)) == "string")
            {
                var json = valid.ToJsonString();
                yield return ($"{property}: NUL", Raw(json.Replace($"\"{property}\":\"", $"\"{property}\":\"\\u0000", StringComparison.Ordinal)));
                yield return ($"{property}: lone surrogate", Raw(json.Replace($"\"{property}\":\"", $"\"{property}\":\"\\uD800", StringComparison.Ordinal)));
            }
        }
    }

    private static JsonObject? Property(JsonObject schema, string name) =>
        schema["properties"]?[name] is JsonObject property ? property : null;

    /// <summary>The wrong type for the property, and values of the right type that cannot be true.</summary>
    private static IEnumerable<(string Label, JsonNode? Value)> WrongValues(JsonObject document, JsonObject? propertySchema)
    {
        var schema = OpenApiOperation.Resolve(document, propertySchema);
        yield return ("null", null);
        yield return ("object", new JsonObject { ["x"] = 1 });
        switch (OpenApiOperation.TypeOf(schema))
        {
            case "integer" or "number":
                yield return ("string", "abc");
                yield return ("fraction", 1.5);
                yield return ("too big", JsonNode.Parse("99999999999999999999"));
                yield return ("negative", -1);
                break;
            case "boolean":
                yield return ("string", "yes");
                break;
            case "array":
                yield return ("string", "abc");
                yield return ("array of nulls", new JsonArray(null, null));
                yield return ("array of objects", new JsonArray(new JsonObject(), new JsonObject()));
                break;
            default:
                yield return ("number", 42);
                yield return ("array", new JsonArray("a"));
                yield return ("unknown enum value", "Pirate");
                yield return ("impossible date", "2026-02-30");
                yield return ("very long", new string('x', 100_000));
                break;
        }
    }

    /// <summary>A body whose properties all have their schema's type: what a careless but well-meaning client sends.</summary>
    public static JsonObject ValidBody(JsonObject document, JsonObject schema)
    {
        var body = new JsonObject();
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            body[name] = SampleOf(document, property?.AsObject(), depth: 0);
        }

        return body;
    }

    private static JsonNode? SampleOf(JsonObject document, JsonObject? propertySchema, int depth)
    {
        var schema = OpenApiOperation.Resolve(document, propertySchema);
        if (schema?["enum"] is JsonArray values && values.Count > 0)
        {
            return values[0]?.DeepClone();
        }

        return (OpenApiOperation.TypeOf(schema), schema?["format"]?.GetValue<string>()) switch
        {
            ("integer", _) => 1,
            ("number", _) => 1,
            ("boolean", _) => false,
            ("array", _) when depth < 3 => new JsonArray(SampleOf(document, schema!["items"]?.AsObject(), depth + 1)),
            ("object", _) when depth < 3 && schema!["properties"] is not null => ValidBody(document, schema),
            ("string", "uuid") => Guid.NewGuid().ToString(),
            ("string", "date") => "2026-06-01",
            ("string", "date-time") => "2026-06-01T09:00:00Z",
            ("string", "uri") => "https://app.example/",
            ("string", _) => "A plausible value",
            _ => null,
        };
    }

    private static RequestBody? Json(JsonObject? body) => body is null ? null : RequestBody.Json(body.ToJsonString());

    private static RequestBody Raw(string json) => RequestBody.Json(json);

    private static string Short(string value) => value.Length > 20 ? value[..20] + "…" : value;
}
