using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds.LinkPreviews;

/// <summary>
/// A post went public with a link: its first link gets a preview. A link to a post of this site is only noted (each
/// reader's page shows it if they may read that post; it is never fetched). Any other is fetched by
/// <see cref="LinkPreviewFetcher"/>, or taken from the day's cache of that page. Runs from the outbox, after the post
/// is saved, so a slow site never slows down writing; the timeline is refreshed once the preview is there.
/// </summary>
[IntegrationEventSubscriber("feeds.preview-link")]
internal sealed partial class PreviewLinkedPage(FeedsDbContext db, LinkPreviewFetcher fetcher, LinkPreviewOptions options, Timelines timelines, TimeProvider clock)
    : IIntegrationEventHandler<PostPublishedIntegrationEvent>
{
    public async Task HandleAsync(PostPublishedIntegrationEvent published, CancellationToken cancellationToken)
    {
        if (!options.Enabled || FirstLink(published.Html) is not { } link)
        {
            return;
        }

        var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == published.PostId, cancellationToken);
        if (post is null || post.LinkPreview is not null || post.LinkedPostId is not null)
        {
            return;
        }

        if (InternalPostId(link) is { } linkedId)
        {
            if (linkedId != post.Id && await db.Posts.AnyAsync(p => p.Id == linkedId, cancellationToken))
            {
                post.LinkedPostId = linkedId;
                await SaveAsync(post, cancellationToken);
            }

            return;
        }

        if (!Uri.TryCreate(link, UriKind.Absolute, out var url) || url.AbsoluteUri.Length > LinkPreview.UrlMaxLength || !fetcher.IsFetchable(url))
        {
            return;
        }

        var preview = await CachedOrFetchedAsync(url, cancellationToken);
        if (preview.Found)
        {
            post.LinkPreview = new PostLink(preview.Url, url.IdnHost, preview.Title, preview.Description, preview.SiteName);
            await SaveAsync(post, cancellationToken);
        }
        else
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<LinkPreview> CachedOrFetchedAsync(Uri url, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)));
        var now = clock.GetUtcNow();
        var cached = await db.LinkPreviews.SingleOrDefaultAsync(p => p.UrlHash == hash, cancellationToken);
        if (cached is not null && cached.FetchedAt > now - options.CacheFor)
        {
            return cached;
        }

        var page = await fetcher.FetchAsync(url, cancellationToken);
        if (cached is null)
        {
            cached = new LinkPreview { UrlHash = hash, Url = url.AbsoluteUri, FetchedAt = now };
            db.LinkPreviews.Add(cached);
        }

        cached.FetchedAt = now;
        cached.Found = page is not null;
        cached.Title = page?.Title;
        cached.Description = page?.Description;
        cached.SiteName = page?.SiteName;
        return cached;
    }

    private async Task SaveAsync(Post post, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await timelines.PostsChangedAsync(post.CommunityId, cancellationToken);
    }

    /// <summary>The first link of the rendered post (the sanitiser quotes every href and keeps only http, https and mailto).</summary>
    internal static string? FirstLink(string html)
    {
        foreach (Match match in Href().Matches(html))
        {
            var href = System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
            if (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("/posts/", StringComparison.Ordinal))
            {
                return href;
            }
        }

        return null;
    }

    /// <summary>A link to one of this site's posts (<c>/posts/{id}</c>, on whatever host the author copied it from).</summary>
    internal static Guid? InternalPostId(string link)
    {
        var path = Uri.TryCreate(link, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : link.Split('?', '#')[0];
        var match = PostPath().Match(path);
        return match.Success && Guid.TryParse(match.Groups[1].Value, out var id) ? id : null;
    }

    [GeneratedRegex("<a [^>]*href=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Href();

    [GeneratedRegex("^/posts/([0-9a-fA-F-]{36})/?$")]
    private static partial Regex PostPath();
}
