using System.Text.Json;

namespace DigitalWorkplace.Identity.Scim;

/// <summary>
/// The user attributes a directory sets, by canonical path ("username", "name.givenname", "emails", "department"…),
/// read from a whole resource (POST, PUT) or from PATCH operations. A path set to null clears the attribute. Attributes
/// the platform does not keep (phone numbers, addresses, a password) are ignored, as directories send their whole
/// default mapping and must not fail on it.
/// </summary>
internal sealed class ScimUserValues
{
    private const string EnterprisePrefix = ScimSchemas.EnterpriseUser + ":";

    /// <summary>The attributes the platform keeps, by canonical path.</summary>
    private static readonly HashSet<string> Kept =
    [
        "username", "externalid", "displayname", "name.givenname", "name.familyname", "name.formatted", "title", "preferredlanguage",
        "emails", "usertype", "employeenumber", "department", "manager",
    ];

    public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);

    public bool? Active { get; private set; }

    public bool Has(string path) => Values.ContainsKey(path);

    public string? this[string path] => Values.GetValueOrDefault(path);

    /// <summary>A whole resource: what it leaves out is cleared (PUT replaces), except <c>active</c>, which stays.</summary>
    public static Result<ScimUserValues> FromResource(JsonElement resource)
    {
        var values = new ScimUserValues();
        foreach (var path in Kept)
        {
            values.Values[path] = null;
        }

        return values.Read(resource, prefix: "") is { } error ? error : values;
    }

    /// <summary>The operations of a PatchOp request, in order; the op names in any case, as Entra and Okta send them.</summary>
    public static Result<ScimUserValues> FromPatch(JsonElement patch)
    {
        var values = new ScimUserValues();
        if (ScimJson.Get(patch, "Operations") is not { ValueKind: JsonValueKind.Array } operations)
        {
            return ScimJson.InvalidSyntax("A PatchOp needs an 'Operations' array.");
        }

        foreach (var operation in operations.EnumerateArray())
        {
            var op = ScimJson.Text(ScimJson.Get(operation, "op"))?.ToLowerInvariant();
            var path = ScimJson.Text(ScimJson.Get(operation, "path"));
            var value = ScimJson.Get(operation, "value");
            var problem = op switch
            {
                "remove" when path is not null => values.Set(Canonical(path), null),
                "add" or "replace" when path is not null && value is { } one => values.Set(Canonical(path), one),
                "add" or "replace" when path is null && value is { ValueKind: JsonValueKind.Object } many => values.Read(many, prefix: ""),
                "add" or "replace" or "remove" => ScimJson.InvalidValue($"The '{op}' operation needs a path or a value."),
                _ => ScimJson.InvalidSyntax($"'{op}' is not a PATCH operation: add, replace or remove."),
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return values;
    }

    private Error? Read(JsonElement resource, string prefix)
    {
        foreach (var property in resource.EnumerateObject())
        {
            var name = property.Name.ToLowerInvariant();
            if (name.StartsWith(EnterprisePrefix, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind != JsonValueKind.Object)
            {
                // "urn:…:enterprise:2.0:User:department" as a key of a no-path operation.
                name = name[EnterprisePrefix.Length..];
            }

            if (property.Value.ValueKind == JsonValueKind.Object && (name == "name" || name.Equals(ScimSchemas.EnterpriseUser, StringComparison.OrdinalIgnoreCase)))
            {
                if (Read(property.Value, name == "name" ? "name." : "") is { } error)
                {
                    return error;
                }

                continue;
            }

            if (Set(Canonical(prefix + name), property.Value) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private Error? Set(string path, JsonElement? value)
    {
        if (path == "active")
        {
            if (value is null || value.Value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            Active = ScimJson.Boolean(value) ?? (bool?)null;
            return Active is null ? ScimJson.InvalidValue("active must be true or false.") : null;
        }

        if (!Kept.Contains(path))
        {
            return null;
        }

        Values[path] = path switch
        {
            "emails" => WorkEmail(value),
            "manager" => Reference(value),
            _ => ScimJson.Text(value),
        } is { Length: > 0 } text ? text.Trim() : null;
        return null;
    }

    /// <summary>A manager as directories send one: the id, <c>{"value": id}</c>, or <c>[{"value": id}]</c>.</summary>
    private static string? Reference(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Object } reference => ScimJson.Text(ScimJson.Get(reference, "value")),
        { ValueKind: JsonValueKind.Array } references => references.EnumerateArray().Select(r => Reference(r)).FirstOrDefault(),
        _ => ScimJson.Text(value),
    };

    /// <summary>The work e-mail, else the primary one, else the first: the platform keeps one address.</summary>
    private static string? WorkEmail(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Array } emails)
        {
            return ScimJson.Text(value);
        }

        var all = emails.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).ToList();
        var chosen = all.FirstOrDefault(e => string.Equals(ScimJson.Text(ScimJson.Get(e, "type")), "work", StringComparison.OrdinalIgnoreCase));
        if (chosen.ValueKind == JsonValueKind.Undefined)
        {
            chosen = all.FirstOrDefault(e => ScimJson.Boolean(ScimJson.Get(e, "primary")) == true);
        }

        if (chosen.ValueKind == JsonValueKind.Undefined)
        {
            chosen = all.FirstOrDefault();
        }

        return chosen.ValueKind == JsonValueKind.Undefined ? null : ScimJson.Text(ScimJson.Get(chosen, "value"));
    }

    /// <summary>
    /// A path as the platform names it: lower case, the enterprise schema's URN dropped, a value filter on e-mails dropped
    /// (<c>emails[type eq "work"].value</c> is the e-mail).
    /// </summary>
    private static string Canonical(string path)
    {
        var name = path.Trim().ToLowerInvariant();
        if (name.StartsWith(EnterprisePrefix, StringComparison.OrdinalIgnoreCase))
        {
            name = name[EnterprisePrefix.Length..];
        }

        if (name.StartsWith("emails", StringComparison.Ordinal))
        {
            return "emails";
        }

        return name == "manager.value" ? "manager" : name;
    }
}
