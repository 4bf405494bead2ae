namespace DigitalWorkplace.Search.Indexing;

/// <summary>The kinds of things one search finds; stored as-is in both index providers.</summary>
internal static class SearchKinds
{
    public const string Post = "post";
    public const string Comment = "comment";
    public const string Community = "community";
    public const string Person = "person";

    /// <summary>A secret community: not a public kind, and scoped to itself, so that only its members find it; shown as a community.</summary>
    public const string SecretCommunity = "secret-community";

    /// <summary>Kinds every signed-in reader sees (private communities are listed by name, never by content).</summary>
    public static readonly IReadOnlyList<string> Public = [Community, Person];
}

/// <summary>
/// One searchable thing. <see cref="CommunityId"/> is set for community content (posts, comments) and is what
/// permission trimming filters on; people and communities themselves have none.
/// </summary>
internal sealed record SearchDocument(string Kind, Guid Id, string Title, string Text, Guid? CommunityId, string Url, DateTimeOffset? At)
{
    /// <summary>Unique across kinds, so an upsert of the same thing replaces it (idempotent redelivery).</summary>
    public string Key => KeyOf(Kind, Id);

    public static string KeyOf(string kind, Guid id) => $"{kind}:{id:N}";
}

/// <summary>What to look for, and the communities whose content the reader may see.</summary>
/// <param name="PublicKinds">The kinds the reader sees whatever their community: <see cref="SearchKinds.Public"/> unless said (fewer for a guest).</param>
internal sealed record SearchIndexQuery(string Text, IReadOnlyCollection<Guid> ReadableCommunities, int Take, IReadOnlyCollection<string>? PublicKinds = null)
{
    public IReadOnlyCollection<string> VisibleKinds => PublicKinds ?? SearchKinds.Public;
}

internal sealed record SearchIndexHit(SearchDocument Document, string Snippet);

internal sealed record SearchIndexResults(IReadOnlyList<SearchIndexHit> Hits, int Total)
{
    public static readonly SearchIndexResults Empty = new([], 0);
}
