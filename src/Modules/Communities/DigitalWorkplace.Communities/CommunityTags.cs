namespace DigitalWorkplace.Communities;

internal static class CommunityTags
{
    /// <summary>Lower-case, trimmed, each once, in the order given: "Airport, airport , Baristas" is ["airport", "baristas"].</summary>
    public static List<string> Normalize(IEnumerable<string>? tags) =>
        [.. (tags ?? []).Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];
}
