using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Tests;

public abstract partial class CommunitiesApiTests
{
    [Fact]
    public async Task AMutedMember_ReadsButDoesNotPost_UntilTheMuteIsLifted()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var memberUser = await Platform.CreateUserAsync();
        var member = Platform.CreateClientFor(memberUser);
        var team = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);
        await owner.AddMemberAsync(team.Id, memberUser.Id);

        var muted = await owner.PostAsJsonAsync($"/api/v1/communities/{team.Id}/members/{memberUser.Id}/mute", new { days = 3 }, Cancel);

        Assert.Equal(HttpStatusCode.OK, muted.StatusCode);
        Assert.NotNull((await muted.ReadAsync<CommunityMemberDto>()).MutedUntil);
        var refused = await member.PostAsJsonAsync($"/api/v1/communities/{team.Id}/posts", new { markdown = "Let me speak" }, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("community.muted", await refused.CodeAsync());
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/v1/communities/{team.Id}/posts", Cancel)).StatusCode);
        // Members do not learn who is muted; the moderators do.
        var seenByMember = await member.GetFromJsonAsync<DigitalWorkplace.BuildingBlocks.Paging.Page<CommunityMemberDto>>($"/api/v1/communities/{team.Id}/members", CommunitiesApi.Json, Cancel);
        Assert.All(seenByMember!.Items, m => Assert.Null(m.MutedUntil));
        var seenByOwner = await owner.GetFromJsonAsync<DigitalWorkplace.BuildingBlocks.Paging.Page<CommunityMemberDto>>($"/api/v1/communities/{team.Id}/members", CommunitiesApi.Json, Cancel);
        Assert.Contains(seenByOwner!.Items, m => m.PersonId == memberUser.Id && m.MutedUntil is not null);
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.PostAsJsonAsync($"/api/v1/communities/{team.Id}/members/{memberUser.Id}/mute", new { days = 400 }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PostAsJsonAsync($"/api/v1/communities/{team.Id}/members/{Guid.NewGuid()}/mute", new { days = 1 }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync($"/api/v1/communities/{team.Id}/members/{memberUser.Id}/mute", new { days = 1 }, Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await owner.DeleteAsync($"/api/v1/communities/{team.Id}/members/{memberUser.Id}/mute", Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await member.PostAsJsonAsync($"/api/v1/communities/{team.Id}/posts", new { markdown = "Thanks" }, Cancel)).StatusCode);
    }

    [Fact]
    public async Task ABannedPerson_StopsReadingAtOnce_AndCannotComeBack_UntilUnbanned()
    {
        var ownerUser = await Platform.CreateUserAsync();
        var owner = Platform.CreateClientFor(ownerUser);
        var memberUser = await Platform.CreateUserAsync();
        var member = Platform.CreateClientFor(memberUser);
        var team = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);
        var lobby = await owner.CreateCommunityAsync();
        await owner.AddMemberAsync(team.Id, memberUser.Id);
        await member.JoinAsync(lobby.Id);

        var banned = await owner.PostAsJsonAsync($"/api/v1/communities/{team.Id}/bans", new { personId = memberUser.Id, reason = "Shared the rota outside" }, Cancel);
        var lobbyBan = await owner.PostAsJsonAsync($"/api/v1/communities/{lobby.Id}/bans", new { personId = memberUser.Id }, Cancel);

        Assert.Equal(HttpStatusCode.OK, banned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lobbyBan.StatusCode);
        Assert.False(await CanReadAsync(memberUser.Id, team.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/api/v1/communities/{team.Id}/posts", Cancel)).StatusCode);
        var rejoin = await member.JoinAsync(lobby.Id);
        Assert.Equal(HttpStatusCode.Forbidden, rejoin.StatusCode);
        Assert.Equal("community.banned", await rejoin.CodeAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync($"/api/v1/communities/{team.Id}/join-requests", new { }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.AddMemberAsync(team.Id, memberUser.Id)).StatusCode);
        var bans = await owner.GetFromJsonAsync<List<CommunityBanDto>>($"/api/v1/communities/{team.Id}/bans", CommunitiesApi.Json, Cancel);
        Assert.Equal("Shared the rota outside", Assert.Single(bans!).Reason);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/api/v1/communities/{team.Id}/bans", Cancel)).StatusCode);
        // Nobody bans themselves, and a moderator does not ban the owner.
        Assert.Equal(HttpStatusCode.Conflict, (await owner.PostAsJsonAsync($"/api/v1/communities/{lobby.Id}/bans", new { personId = ownerUser.Id }, Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/communities/{lobby.Id}/bans/{memberUser.Id}", Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await member.JoinAsync(lobby.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.DeleteAsync($"/api/v1/communities/{lobby.Id}/bans/{memberUser.Id}", Cancel)).StatusCode);
    }
}
