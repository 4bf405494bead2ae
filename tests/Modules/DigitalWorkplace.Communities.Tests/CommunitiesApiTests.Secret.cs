using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Search.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Communities.Tests;

public abstract partial class CommunitiesApiTests
{
    [Fact]
    public async Task ASecretCommunity_DoesNotExist_ForAnyoneButItsMembers()
    {
        var ownerUser = await Platform.CreateUserAsync();
        var owner = Platform.CreateClientFor(ownerUser);
        var outsiderUser = await Platform.CreateUserAsync();
        var outsider = Platform.CreateClientFor(outsiderUser);
        var name = CommunitiesApi.UniqueName("Franchise owners council");
        var secret = await owner.CreateCommunityAsync(name, CommunityVisibility.Secret);
        var posted = await owner.PostAsJsonAsync($"/api/v1/communities/{secret.Id}/posts", new { markdown = "Confidential: next season's prices" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var unknown = Guid.NewGuid();

        // Every way an outsider could learn of it answers as for an id that does not exist.
        foreach (var path in new[] { $"/api/v1/communities/{secret.Id}", $"/api/v1/communities/{secret.Id}/posts" })
        {
            var asked = await outsider.GetAsync(path, Cancel);
            var nothing = await outsider.GetAsync(path.Replace(secret.Id.ToString(), unknown.ToString(), StringComparison.Ordinal), Cancel);
            Assert.Equal(HttpStatusCode.NotFound, asked.StatusCode);
            Assert.Equal(nothing.StatusCode, asked.StatusCode);
            Assert.Equal(await nothing.CodeAsync(), await asked.CodeAsync());
        }

        Assert.DoesNotContain(await outsider.CommunitiesAsync(), c => c.Id == secret.Id);
        var join = await outsider.JoinAsync(secret.Id);
        Assert.Equal(HttpStatusCode.NotFound, join.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.AddMemberAsync(secret.Id, outsiderUser.Id)).StatusCode);
        await Eventually.HoldsAsync(async () => (await SearchAsync(ownerUser, name)).Contains(secret.Id.ToString(), StringComparison.Ordinal), "the community is indexed");
        Assert.DoesNotContain(secret.Id.ToString(), await SearchAsync(outsiderUser, name), StringComparison.Ordinal);
        Assert.DoesNotContain("next season", await SearchAsync(outsiderUser, "Confidential prices"), StringComparison.Ordinal);

        // Added by its owner, the person finds it, reads it and may post.
        Assert.Equal(HttpStatusCode.OK, (await owner.AddMemberAsync(secret.Id, outsiderUser.Id)).StatusCode);
        Assert.Contains(await outsider.CommunitiesAsync(), c => c.Id == secret.Id);
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync($"/api/v1/communities/{secret.Id}/posts", Cancel)).StatusCode);
    }

    [Fact]
    public async Task APrivateCommunity_IsListed_ButItsMemberCountIsForItsMembers()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var outsider = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);

        var listed = Assert.Single(await outsider.CommunitiesAsync(), c => c.Id == community.Id);
        var page = await (await outsider.GetAsync($"/api/v1/communities/{community.Id}", Cancel)).ReadAsync<CommunitySummary>();

        Assert.Null(listed.MemberCount);
        Assert.Null(page.MemberCount);
        Assert.Equal(community.Name, page.Name);
        Assert.Equal(1, Assert.Single(await owner.CommunitiesAsync(), c => c.Id == community.Id).MemberCount);
    }

    private async Task<string> SearchAsync(DigitalWorkplace.Testing.TestUser reader, string text) =>
        JsonSerializer.Serialize(await Platform.AsAsync(reader, sp => sp.GetRequiredService<ISearchService>().SearchAsync(text, 20, CancellationToken.None)));
}
