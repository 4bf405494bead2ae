using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace DigitalWorkplace.EndToEnd.Tests;

/// <summary>Step 4: a second signed-in browser sees new posts and comments without reloading; outsiders see nothing private.</summary>
public sealed class LiveUpdatesBrowserTests(KestrelPlatform platform, BrowserFixture browser) : IClassFixture<KestrelPlatform>
{
    [Fact]
    public async Task SecondBrowser_OnHomeFeed_SeesNewPostAndCommentWithoutReloading()
    {
        var author = await platform.CreateUserAsync("Hugo Bernard");
        var reader = await platform.CreateUserAsync("Léa Dubois");
        var community = await CreateCommunityAsync(author, "Station Teams", CommunityVisibility.Public);
        await JoinAsync(reader, community);
        await PublishAsync(author, community, "An older post, so the feed is not empty");

        await using var readerContext = await browser.NewPhoneAsync(platform.Address);
        // The Content-Security-Policy must not get in the way of the live client (scripts, the hub's WebSocket).
        var violations = new List<string>();
        readerContext.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        var readerPage = await readerContext.SignInAsync(reader);
        await Expect(readerPage.Post("older post")).ToBeVisibleAsync();
        await readerPage.MarkDocumentAsync();

        await using var authorContext = await browser.NewPhoneAsync(platform.Address);
        var authorPage = await authorContext.SignInAsync(author);
        await authorPage.GotoAsync($"/communities/{community}");
        await authorPage.Locator("#composer-markdown").FillAsync("Rush hour at **platform 9**: extra hands welcome");
        await authorPage.Locator("form:has(#composer-markdown) button[type=submit]").ClickAsync();

        var live = readerPage.Post("platform 9");
        await Expect(live).ToBeVisibleAsync(new() { Timeout = (float)Pages.LiveDeadline.TotalMilliseconds });
        await Expect(live.Locator("strong")).ToHaveTextAsync("platform 9");
        await Expect(readerPage.Locator("#feed article.post").First).ToContainTextAsync("platform 9");

        await authorPage.Post("platform 9").Locator("a.post-time").ClickAsync();
        await authorPage.Locator("#comment-markdown").FillAsync("I can come at 7");
        await authorPage.Locator("form:has(#comment-markdown) button[type=submit]").ClickAsync();

        await Expect(live.Locator("[data-comment-count]")).ToHaveTextAsync("1", new() { Timeout = (float)Pages.LiveDeadline.TotalMilliseconds });
        Assert.True(await readerPage.WasNotReloadedAsync());
        Assert.Empty(violations);
        await readerPage.ScreenshotAsync("live-update");
    }

    [Fact]
    public async Task NonMember_OnHomeFeed_ReceivesNothingFromAPrivateCommunity()
    {
        var owner = await platform.CreateUserAsync("Thomas Girard");
        var outsider = await platform.CreateUserAsync("Emma Simon");
        var secret = await CreateCommunityAsync(owner, "Franchise Owners", CommunityVisibility.Private);
        var open = await CreateCommunityAsync(owner, "Baristas", CommunityVisibility.Public);
        await JoinAsync(outsider, open);

        await using var context = await browser.NewPhoneAsync(platform.Address);
        var page = await context.SignInAsync(outsider);
        await page.MarkDocumentAsync();

        // The outbox delivers in order: once the public post is on screen, the private one would have been too.
        await PublishAsync(owner, secret, "Confidential: Q3 margins");
        await PublishAsync(owner, open, "Public: new grinder settings");

        await Expect(page.Post("new grinder settings")).ToBeVisibleAsync(new() { Timeout = (float)Pages.LiveDeadline.TotalMilliseconds });
        await Expect(page.Post("Confidential")).ToHaveCountAsync(0);
        Assert.True(await page.WasNotReloadedAsync());
    }

    private async Task<Guid> CreateCommunityAsync(TestUser owner, string name, CommunityVisibility visibility)
    {
        var created = await platform.AsAsync(owner, sp => sp.GetRequiredService<ICommunitiesService>()
            .CreateAsync($"{name} {Guid.NewGuid():N}"[..(name.Length + 9)], "", visibility, CancellationToken.None));
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value!.Id;
    }

    private async Task JoinAsync(TestUser person, Guid community)
    {
        var joined = await platform.AsAsync(person, sp => sp.GetRequiredService<ICommunitiesService>().JoinAsync(community, CancellationToken.None));
        Assert.True(joined.IsSuccess, joined.Error?.Message);
    }

    private async Task PublishAsync(TestUser author, Guid community, string markdown)
    {
        var post = await platform.AsAsync(author, sp => sp.GetRequiredService<IFeedsService>().PublishPostAsync(community, markdown, null, CancellationToken.None));
        Assert.True(post.IsSuccess, post.Error?.Message);
    }
}
