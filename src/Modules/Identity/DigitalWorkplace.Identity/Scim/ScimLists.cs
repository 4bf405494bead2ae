using System.Text.Json.Nodes;

namespace DigitalWorkplace.Identity.Scim;

/// <summary>SCIM's paging: <c>startIndex</c> counts from 1 (anything below is 1), <c>count</c> from 0 (only the total) to <see cref="MaxCount"/>.</summary>
internal sealed record ScimPage(int StartIndex, int Count)
{
    public const int DefaultCount = 100;
    public const int MaxCount = 1000;

    /// <summary>A paging parameter as sent; one that is not a number is left to its default, as RFC 7644 allows.</summary>
    public static int? Number(string? text) => int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>Whether <c>excludedAttributes</c> (a comma-separated list) names the attribute.</summary>
    public static bool Excludes(string? excludedAttributes, string attribute) =>
        (excludedAttributes ?? "").Split(',', StringSplitOptions.TrimEntries).Contains(attribute, StringComparer.OrdinalIgnoreCase);

    public static ScimPage Of(int? startIndex, int? count) => new(Math.Max(1, startIndex ?? 1), Math.Clamp(count ?? DefaultCount, 0, MaxCount));

    public Task<JsonObject> ListAsync<T>(IQueryable<T> query, Func<T, JsonObject> resource, CancellationToken cancellationToken) =>
        ListAsync(query, item => Task.FromResult(resource(item)), cancellationToken);

    /// <summary>The page of the query as a ListResponse, each item made into its resource (a group reads its members).</summary>
    public async Task<JsonObject> ListAsync<T>(IQueryable<T> query, Func<T, Task<JsonObject>> resource, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = Count == 0 ? [] : await query.Skip(StartIndex - 1).Take(Count).ToListAsync(cancellationToken);
        var resources = new JsonArray();
        foreach (var item in items)
        {
            resources.Add(await resource(item));
        }

        return new JsonObject
        {
            ["schemas"] = new JsonArray(ScimSchemas.ListResponse),
            ["totalResults"] = total,
            ["startIndex"] = StartIndex,
            ["itemsPerPage"] = items.Count,
            ["Resources"] = resources,
        };
    }
}
