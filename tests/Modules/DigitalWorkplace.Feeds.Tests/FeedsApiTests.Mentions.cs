using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Testing;

namespace DigitalWorkplace.Feeds.Tests;

public abstract partial class FeedsApiTests
{
    [Fact]
    public async Task AMention_InAPostOrAComment_TellsThePersonMentioned_OnlyIfTheyMayReadIt()
    {
        var author = await Platform.CreateUserAsync("Mentioning author");
        var member = await Platform.CreateUserAsync("Mentioned member");
        var outsider = await Platform.CreateUserAsync("Mentioned outsider");
        var client = Platform.CreateClientFor(author);
        var team = await client.CreateCommunityAsync(CommunityVisibility.Private);
        await client.AddMemberAsync(team.Id, member.Id);

        var post = await client.PublishAsync(team.Id, $"Thanks @[Mentioned member](/people/{member.Id}) and @[Mentioned outsider](/people/{outsider.Id})!");

        Assert.Contains($"href=\"/people/{member.Id}\"", post.Html, StringComparison.Ordinal);
        var memberClient = Platform.CreateClientFor(member);
        var told = await Eventually.GetAsync(() => MentionsAsync(memberClient), found => found.Count > 0);
        Assert.Equal($"/posts/{post.Id}", Assert.Single(told).Url);
        Assert.StartsWith("Mentioning author: Thanks", told[0].Text, StringComparison.Ordinal);
        // Both would have been told by the same delivery: the outsider, who may not read the private community, was not.
        Assert.Empty(await MentionsAsync(Platform.CreateClientFor(outsider)));

        var comment = await (await memberClient.CommentAsync(post.Id, $"You're welcome @[Mentioning author](/people/{author.Id})")).ReadAsync<Contracts.CommentDto>();
        var authorTold = await Eventually.GetAsync(() => MentionsAsync(client), found => found.Count > 0);
        Assert.Equal($"/posts/{post.Id}#comment-{comment.Id}", Assert.Single(authorTold).Url);
    }

    private static async Task<IReadOnlyList<(string Text, string Url)>> MentionsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications", Cancel)).GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == "mention")
            .Select(n => (n.GetProperty("text").GetString()!, n.GetProperty("url").GetString()!))];
}
