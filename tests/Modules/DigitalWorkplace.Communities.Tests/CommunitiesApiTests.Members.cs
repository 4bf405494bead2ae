using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Testing;

namespace DigitalWorkplace.Communities.Tests;

public abstract partial class CommunitiesApiTests
{
    [Fact]
    public async Task MemberList_OfAPrivateCommunity_IsForItsMembers_WithTheirRoles()
    {
        var ownerUser = await Platform.CreateUserAsync("Olga Owner");
        var owner = Platform.CreateClientFor(ownerUser);
        var memberUser = await Platform.CreateUserAsync("Marc Member");
        var outsider = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var team = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);
        var lobby = await owner.CreateCommunityAsync();
        await owner.AddMemberAsync(team.Id, memberUser.Id);

        var members = await MembersAsync(Platform.CreateClientFor(memberUser), team.Id);

        Assert.Equal([("Olga Owner", "Owner"), ("Marc Member", "Member")], members.Items.Select(m => (m.DisplayName, m.Role)).OrderBy(m => m.Role != "Owner"));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/communities/{team.Id}/members", Cancel)).StatusCode);
        Assert.Single((await MembersAsync(outsider, lobby.Id)).Items);
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.GetAsync($"/api/v1/communities/{team.Id}/members?after=%%%", Cancel)).StatusCode);
        // A page at a time: the cursor leads to the rest, and nobody twice.
        var first = await MembersAsync(owner, team.Id, "?pageSize=1");
        var second = await MembersAsync(owner, team.Id, $"?pageSize=1&after={first.Next}");
        Assert.NotEqual(first.Items[0].PersonId, second.Items[0].PersonId);
        Assert.Null(second.Next);
    }

    [Fact]
    public async Task Roles_AreChangedByOwners_ModeratorsRemoveOnlyMembers_AndTheLastOwnerStays()
    {
        var ownerUser = await Platform.CreateUserAsync();
        var owner = Platform.CreateClientFor(ownerUser);
        var moderatorUser = await Platform.CreateUserAsync();
        var moderator = Platform.CreateClientFor(moderatorUser);
        var memberUser = await Platform.CreateUserAsync();
        var team = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);
        await owner.AddMemberAsync(team.Id, moderatorUser.Id);
        await owner.AddMemberAsync(team.Id, memberUser.Id);

        var promoted = await owner.PutAsJsonAsync($"/api/v1/communities/{team.Id}/members/{moderatorUser.Id}/role", new { role = "moderator" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        Assert.Equal("Moderator", (await promoted.ReadAsync<CommunityMemberDto>()).Role);
        Assert.Equal("Moderator", (await moderator.GetFromJsonAsync<CommunitySummary>($"/api/v1/communities/{team.Id}", CommunitiesApi.Json, Cancel))!.Role);
        // A moderator does not hand out roles, nor remove the owner; they do remove a member, who stops reading at once.
        Assert.Equal(HttpStatusCode.Forbidden, (await moderator.PutAsJsonAsync($"/api/v1/communities/{team.Id}/members/{memberUser.Id}/role", new { role = "Owner" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await moderator.DeleteAsync($"/api/v1/communities/{team.Id}/members/{ownerUser.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await moderator.DeleteAsync($"/api/v1/communities/{team.Id}/members/{memberUser.Id}", Cancel)).StatusCode);
        Assert.False(await CanReadAsync(memberUser.Id, team.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await moderator.DeleteAsync($"/api/v1/communities/{team.Id}/members/{memberUser.Id}", Cancel)).StatusCode);
        // The only owner can neither step down nor be removed; a role that does not exist names the field.
        var stepDown = await owner.PutAsJsonAsync($"/api/v1/communities/{team.Id}/members/{ownerUser.Id}/role", new { role = "Member" }, Cancel);
        Assert.Equal(HttpStatusCode.Conflict, stepDown.StatusCode);
        Assert.Equal("community.last_owner", await stepDown.CodeAsync());
        var invalid = await owner.PutAsJsonAsync($"/api/v1/communities/{team.Id}/members/{moderatorUser.Id}/role", new { role = "1" }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await invalid.ReadAsync<JsonElement>()).GetProperty("errors").TryGetProperty("role", out _));
        // An outsider learns nothing about a private community's members.
        var outsider = Platform.CreateClientFor(await Platform.CreateUserAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.DeleteAsync($"/api/v1/communities/{team.Id}/members/{moderatorUser.Id}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Ownership_IsHandedOver_TheFormerOwnerStaysAsModerator_AndItIsAudited()
    {
        var ownerUser = await Platform.CreateUserAsync();
        var owner = Platform.CreateClientFor(ownerUser);
        var heirUser = await Platform.CreateUserAsync();
        var team = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);
        await owner.AddMemberAsync(team.Id, heirUser.Id);

        var handed = await owner.PostAsJsonAsync($"/api/v1/communities/{team.Id}/transfer-ownership", new { personId = heirUser.Id }, Cancel);

        Assert.Equal(HttpStatusCode.OK, handed.StatusCode);
        var roles = (await MembersAsync(owner, team.Id)).Items.ToDictionary(m => m.PersonId, m => m.Role);
        Assert.Equal("Owner", roles[heirUser.Id]);
        Assert.Equal("Moderator", roles[ownerUser.Id]);
        // Now only a moderator, the former owner hands nothing over again; leaving is allowed (someone else owns it).
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.PostAsJsonAsync($"/api/v1/communities/{team.Id}/transfer-ownership", new { personId = ownerUser.Id }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Platform.CreateClientFor(heirUser).PostAsJsonAsync($"/api/v1/communities/{team.Id}/transfer-ownership", new { }, Cancel)).StatusCode);
        var admin = Platform.CreateClientFor(await Platform.CreateUserAsync(administrator: true));
        var audited = await Eventually.GetAsync(
            async () => (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?subjectId={team.Id}", Cancel)).GetProperty("items").EnumerateArray()
                .Select(e => e.GetProperty("action").GetString()).ToList(),
            actions => actions.Contains("community.ownership-transferred"));
        Assert.Contains("community.ownership-transferred", audited);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.LeaveAsync(team.Id)).StatusCode);
    }

    private static async Task<Page<CommunityMemberDto>> MembersAsync(HttpClient client, Guid communityId, string query = "") =>
        (await client.GetFromJsonAsync<Page<CommunityMemberDto>>($"/api/v1/communities/{communityId}/members{query}", CommunitiesApi.Json, Cancel))!;
}
