using System.Net;

namespace DigitalWorkplace.Feeds.Tests;

public abstract partial class FeedsApiTests
{
    [Fact]
    public async Task TranslateOnAHostWithNoTranslator_Is503TranslationOff_AndThePageOffersNoTranslateLink()
    {
        var client = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await client.CreateCommunityAsync();
        var post = await client.PublishAsync(community.Id, "Welcome to the team");

        using var response = await client.GetAsync($"/api/v1/posts/{post.Id}/translation?to=fr", Cancel);
        var page = await client.GetStringAsync($"/posts/{post.Id}", Cancel);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("translation.off", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.DoesNotContain("translate-link", page, StringComparison.Ordinal);
    }
}
