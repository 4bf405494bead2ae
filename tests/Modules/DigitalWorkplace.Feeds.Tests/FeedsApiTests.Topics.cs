using System.Net;
using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Tests;

public abstract partial class FeedsApiTests
{
    [Fact]
    public async Task Hashtags_LinkToTheirTopic_WhichListsOnlyPostsTheReaderMayRead()
    {
        var author = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var reader = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var lobby = await author.CreateCommunityAsync();
        var team = await author.CreateCommunityAsync(CommunityVisibility.Private);
        var unique = string.Concat(Guid.NewGuid().ToString("N")[..6].Select(c => (char)('a' + (c % 10))));
        var tag = $"Café{unique}";

        var open = await author.PublishAsync(lobby.Id, $"New roast #{tag} today! See https://shop.example/beans#{unique} and `#{unique}code`");
        var hidden = await author.PublishAsync(team.Id, $"Margins on #{tag.ToUpperInvariant()}");

        Assert.Contains($"<a href=\"/topics/cafe{unique}\">#{tag}</a>", open.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/topics/{unique}code", open.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://shop.example/beans#{unique}\"", open.Html, StringComparison.Ordinal);
        var forAuthor = await (await author.GetAsync($"/api/v1/topics/cafe{unique}", Cancel)).ReadAsync<Page<PostDto>>();
        Assert.Equal([hidden.Id, open.Id], forAuthor.Items.Select(p => p.Id));
        var forReader = await (await reader.GetAsync($"/api/v1/topics/{Uri.EscapeDataString(tag)}", Cancel)).ReadAsync<Page<PostDto>>();
        Assert.Equal(open.Id, Assert.Single(forReader.Items).Id);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/api/v1/topics/%3Cscript%3E", Cancel)).StatusCode);
    }
}
