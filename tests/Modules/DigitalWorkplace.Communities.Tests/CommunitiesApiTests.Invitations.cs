using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Testing;

namespace DigitalWorkplace.Communities.Tests;

public abstract partial class CommunitiesApiTests
{
    [Fact]
    public async Task AnInvitation_IntoASecretCommunity_LetsTheInviteeSeeItAndDecide_NobodyElse()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var inviteeUser = await Platform.CreateUserAsync();
        var invitee = Platform.CreateClientFor(inviteeUser);
        var declinerUser = await Platform.CreateUserAsync();
        var decliner = Platform.CreateClientFor(declinerUser);
        var outsider = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var secret = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Secret);
        Assert.Equal(HttpStatusCode.NotFound, (await invitee.GetAsync($"/api/v1/communities/{secret.Id}", Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.Accepted, (await owner.PostAsJsonAsync($"/api/v1/communities/{secret.Id}/invitations", new { personId = inviteeUser.Id }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await owner.PostAsJsonAsync($"/api/v1/communities/{secret.Id}/invitations", new { personId = declinerUser.Id }, Cancel)).StatusCode);

        var seen = await invitee.GetFromJsonAsync<CommunitySummary>($"/api/v1/communities/{secret.Id}", CommunitiesApi.Json, Cancel);
        Assert.True(seen!.IsInvited);
        Assert.Equal(HttpStatusCode.NotFound, (await invitee.GetAsync($"/api/v1/communities/{secret.Id}/posts", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/communities/{secret.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync($"/api/v1/communities/{secret.Id}/invitation/accept", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/v1/communities/{secret.Id}/invitations", new { personId = inviteeUser.Id }, Cancel)).StatusCode);
        await Eventually.HoldsAsync(async () => (await NotificationsAsync(inviteeUser)).Any(n => n.Kind == "community-invitation"), "the invitee is told");

        var accepted = await invitee.PostAsync($"/api/v1/communities/{secret.Id}/invitation/accept", null, Cancel);
        var declined = await decliner.PostAsync($"/api/v1/communities/{secret.Id}/invitation/decline", null, Cancel);

        Assert.True((await accepted.ReadAsync<CommunitySummary>()).IsMember);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.True(await CanReadAsync(inviteeUser.Id, secret.Id));
        Assert.False(await CanReadAsync(declinerUser.Id, secret.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await decliner.GetAsync($"/api/v1/communities/{secret.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await decliner.PostAsync($"/api/v1/communities/{secret.Id}/invitation/accept", null, Cancel)).StatusCode);
        Assert.Equal("community.invitation_declined", await (await owner.PostAsJsonAsync($"/api/v1/communities/{secret.Id}/invitations", new { personId = declinerUser.Id }, Cancel)).CodeAsync());

        // A ban withdraws a waiting invitation: the banned person no longer sees the secret community.
        var bannedUser = await Platform.CreateUserAsync();
        await owner.PostAsJsonAsync($"/api/v1/communities/{secret.Id}/invitations", new { personId = bannedUser.Id }, Cancel);
        await owner.PostAsJsonAsync($"/api/v1/communities/{secret.Id}/bans", new { personId = bannedUser.Id }, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, (await Platform.CreateClientFor(bannedUser).GetAsync($"/api/v1/communities/{secret.Id}", Cancel)).StatusCode);
    }
}
