using System.Net;
using System.Security.Cryptography;
using System.Text;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Feeds.Tests;

public abstract partial class FeedsApiTests
{
    [Fact]
    public async Task ALinkToAPrivateAddress_IsRefusedAfterResolution_AndThePostHasNoPreview()
    {
        var client = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await client.CreateCommunityAsync();

        var post = await client.PublishAsync(community.Id, "See http://169.254.169.254/latest/meta-data/ and our intranet");

        await PreviewHandledAsync(post.Id);
        var refused = await CountAsync(db => db.LinkPreviews.CountAsync(p => p.Url == "http://169.254.169.254/latest/meta-data/" && !p.Found, Cancel));
        Assert.Equal(1, refused);
        Assert.Null((await client.PostDetailAsync(post.Id)).Post.LinkPreview);
    }

    [Fact]
    public async Task APreview_IsFetchedOnce_AndReusedFromTheCacheForAnotherPostLinkingThePage()
    {
        var client = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await client.CreateCommunityAsync();
        var url = $"https://menu.example/winter-{Guid.NewGuid():N}";
        // Nothing here reaches the internet: the preview can only come from the cache.
        await Platform.AsAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<FeedsDbContext>();
            db.LinkPreviews.Add(new LinkPreview
            {
                UrlHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url))), Url = url, Title = "Winter menu", Description = "Chestnut cake.", SiteName = "Lumière", Found = true, FetchedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync(Cancel);
        });

        var post = await client.PublishAsync(community.Id, $"New menu: [the card]({url})");

        await PreviewHandledAsync(post.Id);
        var preview = (await client.PostDetailAsync(post.Id)).Post.LinkPreview;
        Assert.Equal(new LinkPreviewDto(url, "menu.example", "Winter menu", "Chestnut cake.", "Lumière"), preview);
        Assert.Equal(preview, (await client.HomeFeedPageAsync()).Items.Single(p => p.Id == post.Id).LinkPreview);
    }

    [Fact]
    public async Task ALinkToAPrivatePost_IsPreviewedOnlyForReadersOfThatPost()
    {
        var insider = await Platform.CreateUserAsync("Insider");
        var insiderClient = Platform.CreateClientFor(insider);
        var outsiderClient = Platform.CreateClientFor(await Platform.CreateUserAsync("Outsider"));
        var team = await insiderClient.CreateCommunityAsync(CommunityVisibility.Private);
        var lobby = await insiderClient.CreateCommunityAsync(CommunityVisibility.Public);
        await outsiderClient.JoinAsync(lobby.Id);
        var secret = await insiderClient.PublishAsync(team.Id, "Bonus figures for the managers only");

        var post = await insiderClient.PublishAsync(lobby.Id, $"Managers, see https://portal.example/posts/{secret.Id}");

        await PreviewHandledAsync(post.Id);
        var forInsider = (await insiderClient.PostDetailAsync(post.Id)).Post.LinkPreview;
        Assert.True(forInsider!.IsPost);
        Assert.Contains("Bonus figures", forInsider.Description, StringComparison.Ordinal);
        Assert.Equal($"/posts/{secret.Id}", forInsider.Url);
        Assert.Null((await outsiderClient.PostDetailAsync(post.Id)).Post.LinkPreview);
        Assert.Null((await outsiderClient.HomeFeedPageAsync()).Items.Single(p => p.Id == post.Id).LinkPreview);
    }

    /// <summary>Once the post's event reached the preview handler.</summary>
    private Task PreviewHandledAsync(Guid postId) => HandledAsync(postId, "feeds.preview-link");
}
