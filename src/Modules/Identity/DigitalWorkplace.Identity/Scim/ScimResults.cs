using System.Text.Json;
using System.Text.Json.Nodes;

namespace DigitalWorkplace.Identity.Scim;

/// <summary>The SCIM 2.0 schema and message URNs (RFC 7643, RFC 7644).</summary>
internal static class ScimSchemas
{
    public const string User = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string EnterpriseUser = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public const string Group = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public const string ListResponse = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    public const string PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    public const string Error = "urn:ietf:params:scim:api:messages:2.0:Error";
    public const string ServiceProviderConfig = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    public const string ResourceType = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    public const string Schema = "urn:ietf:params:scim:schemas:core:2.0:Schema";
}

/// <summary>
/// SCIM's answers: <c>application/scim+json</c> bodies, and errors in SCIM's own shape (<c>status</c> as a string,
/// <c>scimType</c>) rather than problem details, since that is what directories parse. An error code "scim.{scimType}"
/// carries its scimType; otherwise the kind decides (a conflict is <c>uniqueness</c>, a bad field <c>invalidValue</c>).
/// </summary>
internal static class ScimResults
{
    public const string ContentType = "application/scim+json";

    // RFC 7644 §3.12.
    private static readonly HashSet<string> ScimTypes =
        ["invalidFilter", "tooMany", "uniqueness", "mutability", "invalidSyntax", "invalidPath", "noTarget", "invalidValue", "invalidVers", "sensitive"];

    public static IResult Json(JsonNode body, int status = StatusCodes.Status200OK) =>
        TypedResults.Text(body.ToJsonString(), ContentType, System.Text.Encoding.UTF8, status);

    public static IResult Created(JsonObject resource)
    {
        var location = resource["meta"]?["location"]?.GetValue<string>();
        return new CreatedScimResource(resource, location);
    }

    /// <summary>200 with the resource or list, or the error in SCIM's shape.</summary>
    public static IResult From(Result<JsonObject> result) => result.IsSuccess ? Json(result.Value!) : Error(result.Error!);

    public static IResult Error(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var status = error.Kind switch
        {
            ErrorKind.Validation => StatusCodes.Status400BadRequest,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
        var scimType = error.Code.StartsWith("scim.", StringComparison.Ordinal) && ScimTypes.Contains(error.Code["scim.".Length..]) ? error.Code["scim.".Length..]
            : error.Kind == ErrorKind.Conflict ? "uniqueness"
            : status == StatusCodes.Status400BadRequest ? "invalidValue"
            : null;
        var detail = error.Fields is { Count: > 0 } fields
            ? string.Join(" ", fields.Select(f => $"{f.Key} {string.Join(" ", f.Value.Select(v => v.Message))}"))
            : error.Message;
        return Json(ErrorBody(status, scimType, detail), status);
    }

    public static Task WriteErrorAsync(HttpResponse response, int status, string? scimType, string detail)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.ContentType = ContentType;
        return response.WriteAsync(ErrorBody(status, scimType, detail).ToJsonString());
    }

    private static JsonObject ErrorBody(int status, string? scimType, string detail)
    {
        var body = new JsonObject { ["schemas"] = new JsonArray(ScimSchemas.Error), ["status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture), ["detail"] = detail };
        if (scimType is not null)
        {
            body["scimType"] = scimType;
        }

        return body;
    }

    /// <summary>201 with the resource and its Location, in SCIM's content type.</summary>
    private sealed class CreatedScimResource(JsonObject resource, string? location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            httpContext.Response.StatusCode = StatusCodes.Status201Created;
            if (location is not null)
            {
                httpContext.Response.Headers.Location = location;
            }

            httpContext.Response.ContentType = ContentType;
            return httpContext.Response.WriteAsync(resource.ToJsonString());
        }
    }
}

/// <summary>Reading what a directory sends: JSON whose attribute names are case-insensitive, booleans that may be strings ("False").</summary>
internal static class ScimJson
{
    public const int MaxBodyBytes = 1024 * 1024;

    public static Error InvalidSyntax(string detail) => new(ErrorKind.Validation, "scim.invalidSyntax", detail);

    public static Error InvalidValue(string detail) => new(ErrorKind.Validation, "scim.invalidValue", detail);

    /// <summary>The request's JSON object, or a 400 <c>invalidSyntax</c> for anything else (bad JSON, too large, not an object).</summary>
    public static async Task<Result<JsonElement>> ReadBodyAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBodyBytes)
        {
            return InvalidSyntax("The body is larger than 1 MB.");
        }

        try
        {
            // Read at most one byte past the limit: a chunked body of any size costs no more than that.
            using var limited = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
            {
                limited.Write(buffer, 0, read);
                if (limited.Length > MaxBodyBytes)
                {
                    return InvalidSyntax("The body is larger than 1 MB.");
                }
            }

            limited.Position = 0;
            using var document = await JsonDocument.ParseAsync(limited, default, request.HttpContext.RequestAborted);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Clone()
                : InvalidSyntax("The body must be a JSON object.");
        }
        catch (JsonException)
        {
            return InvalidSyntax("The body is not valid JSON.");
        }
    }

    /// <summary>An attribute by name, ignoring case as SCIM requires.</summary>
    public static JsonElement? Get(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    public static string? Text(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } other => other.GetRawText(),
        _ => null,
    };

    /// <summary>A boolean, also as Entra sends it in PATCH operations: the strings "True" and "False".</summary>
    public static bool? Boolean(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.String } text when bool.TryParse(text.GetString(), out var parsed) => parsed,
        _ => null,
    };
}

/// <summary>What every SCIM endpoint does before its request: the resource's id (unknown or malformed is a 404) and the JSON body.</summary>
internal static class ScimRequests
{
    public static async Task<IResult> WithBodyAsync(HttpRequest request, Func<JsonElement, Task<IResult>> handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var body = await ScimJson.ReadBodyAsync(request);
        return body.IsSuccess ? await handle(body.Value) : ScimResults.Error(body.Error!);
    }

    public static async Task<IResult> ForResourceAsync(string id, Error notFound, Func<Guid, Task<IResult>> handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        return Guid.TryParse(id, out var resourceId) ? await handle(resourceId) : ScimResults.Error(notFound);
    }

    public static Task<IResult> ForResourceAsync(string id, Error notFound, HttpRequest request, Func<Guid, JsonElement, Task<IResult>> handle) =>
        ForResourceAsync(id, notFound, resourceId => WithBodyAsync(request, body => handle(resourceId, body)));

    /// <summary>201 with the created resource, or the error.</summary>
    public static IResult Created(Result<JsonObject> result) => result.IsSuccess ? ScimResults.Created(result.Value!) : ScimResults.Error(result.Error!);

    /// <summary>204, or the error.</summary>
    public static IResult NoContent<T>(Result<T> result) => result.IsSuccess ? TypedResults.NoContent() : ScimResults.Error(result.Error!);
}
