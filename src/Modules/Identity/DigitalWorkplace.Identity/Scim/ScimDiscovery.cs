using System.Text.Json.Nodes;

namespace DigitalWorkplace.Identity.Scim;

/// <summary>
/// What the service provider supports (RFC 7643 §5–7), for directories that read it: PATCH yes, bulk, sort, ETags and
/// password changes no, filters (the <c>eq</c> subset) with at most 1000 results a page, bearer tokens.
/// </summary>
internal static class ScimDiscovery
{
    public static void Map(IEndpointRouteBuilder scim)
    {
        scim.MapGet("/ServiceProviderConfig", (ScimRequestContext context) => ScimResults.Json(ServiceProviderConfig(context.BaseUrl)));
        scim.MapGet("/ResourceTypes", (ScimRequestContext context) => ScimResults.Json(List([User(context.BaseUrl), Group(context.BaseUrl)])));
        scim.MapGet("/ResourceTypes/{name}", (string name, ScimRequestContext context) => name switch
        {
            "User" => ScimResults.Json(User(context.BaseUrl)),
            "Group" => ScimResults.Json(Group(context.BaseUrl)),
            _ => ScimResults.Error(Error.NotFound("scim.not_found")),
        });
        scim.MapGet("/Schemas", (ScimRequestContext context) => ScimResults.Json(List([.. Schemas(context.BaseUrl)])));
        scim.MapGet("/Schemas/{id}", (string id, ScimRequestContext context) =>
            Schemas(context.BaseUrl).FirstOrDefault(s => s["id"]!.GetValue<string>() == id) is { } schema
                ? ScimResults.Json(schema)
                : ScimResults.Error(Error.NotFound("scim.not_found")));
    }

    private static JsonObject ServiceProviderConfig(string baseUrl) => new()
    {
        ["schemas"] = new JsonArray(ScimSchemas.ServiceProviderConfig),
        ["patch"] = new JsonObject { ["supported"] = true },
        ["bulk"] = new JsonObject { ["supported"] = false, ["maxOperations"] = 0, ["maxPayloadSize"] = 0 },
        ["filter"] = new JsonObject { ["supported"] = true, ["maxResults"] = ScimPage.MaxCount },
        ["changePassword"] = new JsonObject { ["supported"] = false },
        ["sort"] = new JsonObject { ["supported"] = false },
        ["etag"] = new JsonObject { ["supported"] = false },
        ["authenticationSchemes"] = new JsonArray(new JsonObject
        {
            ["type"] = "oauthbearertoken", ["name"] = "Bearer token", ["description"] = "A SCIM token created by a platform administrator (dws_…).", ["primary"] = true,
        }),
        ["meta"] = new JsonObject { ["resourceType"] = "ServiceProviderConfig", ["location"] = $"{baseUrl}/ServiceProviderConfig" },
    };

    private static JsonObject User(string baseUrl) => ResourceType("User", "/Users", ScimSchemas.User, baseUrl, ScimSchemas.EnterpriseUser);

    private static JsonObject Group(string baseUrl) => ResourceType("Group", "/Groups", ScimSchemas.Group, baseUrl, null);

    private static JsonObject ResourceType(string name, string endpoint, string schema, string baseUrl, string? extension) => new()
    {
        ["schemas"] = new JsonArray(ScimSchemas.ResourceType),
        ["id"] = name,
        ["name"] = name,
        ["endpoint"] = endpoint,
        ["schema"] = schema,
        ["schemaExtensions"] = extension is null ? new JsonArray() : new JsonArray(new JsonObject { ["schema"] = extension, ["required"] = false }),
        ["meta"] = new JsonObject { ["resourceType"] = "ResourceType", ["location"] = $"{baseUrl}/ResourceTypes/{name}" },
    };

    private static JsonObject[] Schemas(string baseUrl) =>
    [
        Schema(ScimSchemas.User, "User", baseUrl,
            Attribute("userName", uniqueness: "server", required: true), Attribute("externalId", caseExact: true), Attribute("displayName"),
            Complex("name", Attribute("formatted"), Attribute("givenName"), Attribute("familyName")),
            Attribute("title"), Attribute("userType"), Attribute("preferredLanguage"), Attribute("active", type: "boolean"),
            Complex("emails", multiValued: true, Attribute("value"), Attribute("type"), Attribute("primary", type: "boolean"))),
        Schema(ScimSchemas.EnterpriseUser, "EnterpriseUser", baseUrl,
            Attribute("employeeNumber", uniqueness: "server"), Attribute("department"), Complex("manager", Attribute("value"))),
        Schema(ScimSchemas.Group, "Group", baseUrl,
            Attribute("displayName", uniqueness: "server", required: true), Attribute("externalId", caseExact: true),
            Complex("members", multiValued: true, Attribute("value"), Attribute("display"))),
    ];

    private static JsonObject Schema(string id, string name, string baseUrl, params JsonObject[] attributes) => new()
    {
        ["schemas"] = new JsonArray(ScimSchemas.Schema),
        ["id"] = id,
        ["name"] = name,
        ["attributes"] = new JsonArray([.. attributes]),
        ["meta"] = new JsonObject { ["resourceType"] = "Schema", ["location"] = $"{baseUrl}/Schemas/{id}" },
    };

    private static JsonObject Attribute(string name, string type = "string", bool required = false, bool caseExact = false, string uniqueness = "none") => new()
    {
        ["name"] = name, ["type"] = type, ["multiValued"] = false, ["required"] = required, ["caseExact"] = caseExact,
        ["mutability"] = "readWrite", ["returned"] = "default", ["uniqueness"] = uniqueness,
    };

    private static JsonObject Complex(string name, params JsonObject[] subAttributes) => Complex(name, multiValued: false, subAttributes);

    private static JsonObject Complex(string name, bool multiValued, params JsonObject[] subAttributes)
    {
        var attribute = Attribute(name, type: "complex");
        attribute["multiValued"] = multiValued;
        attribute["subAttributes"] = new JsonArray([.. subAttributes]);
        return attribute;
    }

    private static JsonObject List(JsonObject[] resources) => new()
    {
        ["schemas"] = new JsonArray(ScimSchemas.ListResponse),
        ["totalResults"] = resources.Length,
        ["startIndex"] = 1,
        ["itemsPerPage"] = resources.Length,
        ["Resources"] = new JsonArray([.. resources]),
    };
}
