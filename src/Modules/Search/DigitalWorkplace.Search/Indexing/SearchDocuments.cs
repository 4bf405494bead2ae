using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Search.Indexing;

/// <summary>How each module's facts become documents, for the event handlers and the rebuild alike.</summary>
internal static class SearchDocuments
{
    private const int TitleLength = 80;

    public static SearchDocument Post(PostPublishedIntegrationEvent post) =>
        new(SearchKinds.Post, post.PostId, TitleOf(post.Text, post.AuthorName), post.Text, post.CommunityId, $"/posts/{post.PostId}", post.PublishedAt);

    public static SearchDocument Comment(CommentAddedIntegrationEvent comment) =>
        new(SearchKinds.Comment, comment.CommentId, TitleOf(comment.Text, comment.AuthorName), comment.Text, comment.CommunityId,
            $"/posts/{comment.PostId}#comment-{comment.CommentId}", comment.CreatedAt);

    public static SearchDocument Community(CommunityCreatedIntegrationEvent community) =>
        // A public or private community is found by everyone (it is listed); a secret one is scoped to itself like its posts,
        // so that only its members find it.
        community.Visibility == CommunityVisibility.Secret
            ? new(SearchKinds.SecretCommunity, community.CommunityId, community.Name, community.Description, community.CommunityId, $"/communities/{community.CommunityId}", null)
            : new(SearchKinds.Community, community.CommunityId, community.Name, community.Description, null, $"/communities/{community.CommunityId}", null);

    public static SearchDocument Person(Guid id, string displayName, EmploymentType employmentType, string? orgUnitName) =>
        new(SearchKinds.Person, id, displayName, string.Join(" · ", new[] { orgUnitName, employmentType.ToString() }.Where(s => !string.IsNullOrWhiteSpace(s))),
            null, $"/people/{id}", null);

    /// <summary>Posts have no title: their first line stands for one (the author's name when the text is empty).</summary>
    private static string TitleOf(string text, string fallback)
    {
        var firstLine = text.Split('\n', 2, StringSplitOptions.TrimEntries)[0];
        if (string.IsNullOrWhiteSpace(firstLine))
        {
            return fallback;
        }

        return firstLine.Length <= TitleLength ? firstLine : string.Concat(firstLine.AsSpan(0, TitleLength).TrimEnd(), "…");
    }
}
