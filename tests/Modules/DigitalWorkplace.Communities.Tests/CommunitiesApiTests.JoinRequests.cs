using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Communities.Tests;

public abstract partial class CommunitiesApiTests
{
    [Fact]
    public async Task AJoinRequest_ReachesTheOwners_WhoseApprovalMakesAMember_AndTheRequesterIsTold()
    {
        var ownerUser = await Platform.CreateUserAsync();
        var owner = Platform.CreateClientFor(ownerUser);
        var requesterUser = await Platform.CreateUserAsync("Inès Requester");
        var requester = Platform.CreateClientFor(requesterUser);
        var community = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);

        var asked = await requester.PostAsJsonAsync($"/api/v1/communities/{community.Id}/join-requests", new { message = "I run the morning shift" }, Cancel);
        var again = await requester.PostAsJsonAsync($"/api/v1/communities/{community.Id}/join-requests", new { }, Cancel);

        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        Assert.Equal("Pending", (await asked.ReadAsync<JoinRequestDto>()).Status);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        var queue = await owner.GetFromJsonAsync<List<JoinRequestDto>>($"/api/v1/communities/{community.Id}/join-requests", CommunitiesApi.Json, Cancel);
        var waiting = Assert.Single(queue!);
        Assert.Equal(requesterUser.Id, waiting.PersonId);
        Assert.Equal("I run the morning shift", waiting.Message);
        await Eventually.HoldsAsync(async () => (await NotificationsAsync(ownerUser)).Any(n => n.Kind == "join-request" && n.Text.Contains("Inès Requester", StringComparison.Ordinal)), "the owner is told");
        // Nobody else sees the queue: the requester is refused, an outsider of a private community finds nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await requester.GetAsync($"/api/v1/communities/{community.Id}/join-requests", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await requester.PostAsync($"/api/v1/communities/{community.Id}/join-requests/{requesterUser.Id}/approve", null, Cancel)).StatusCode);

        var approved = await owner.PostAsync($"/api/v1/communities/{community.Id}/join-requests/{requesterUser.Id}/approve", null, Cancel);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.True(await CanReadAsync(requesterUser.Id, community.Id));
        Assert.Equal(HttpStatusCode.Created, (await requester.PostAsJsonAsync($"/api/v1/communities/{community.Id}/posts", new { markdown = "Hello team" }, Cancel)).StatusCode);
        await Eventually.HoldsAsync(async () => (await NotificationsAsync(requesterUser)).Any(n => n.Kind == "join-approved"), "the requester is told");
        Assert.Empty((await owner.GetFromJsonAsync<List<JoinRequestDto>>($"/api/v1/communities/{community.Id}/join-requests", CommunitiesApi.Json, Cancel))!);
    }

    [Fact]
    public async Task ADeclinedRequest_IsTold_AndPublicOrSecretCommunitiesTakeNoRequests()
    {
        var ownerUser = await Platform.CreateUserAsync();
        var owner = Platform.CreateClientFor(ownerUser);
        var requesterUser = await Platform.CreateUserAsync();
        var requester = Platform.CreateClientFor(requesterUser);
        var privateCommunity = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);
        var publicCommunity = await owner.CreateCommunityAsync();
        var secret = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Secret);

        await requester.PostAsJsonAsync($"/api/v1/communities/{privateCommunity.Id}/join-requests", new { }, Cancel);
        var declined = await owner.PostAsync($"/api/v1/communities/{privateCommunity.Id}/join-requests/{requesterUser.Id}/decline", null, Cancel);
        var twice = await owner.PostAsync($"/api/v1/communities/{privateCommunity.Id}/join-requests/{requesterUser.Id}/approve", null, Cancel);

        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal("Declined", (await declined.ReadAsync<JoinRequestDto>()).Status);
        Assert.Equal(HttpStatusCode.NotFound, twice.StatusCode);
        Assert.False(await CanReadAsync(requesterUser.Id, privateCommunity.Id));
        await Eventually.HoldsAsync(async () => (await NotificationsAsync(requesterUser)).Any(n => n.Kind == "join-declined"), "the requester is told");
        Assert.Equal(HttpStatusCode.Conflict, (await requester.PostAsJsonAsync($"/api/v1/communities/{publicCommunity.Id}/join-requests", new { }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await requester.PostAsJsonAsync($"/api/v1/communities/{secret.Id}/join-requests", new { }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await requester.PostAsJsonAsync($"/api/v1/communities/{privateCommunity.Id}/join-requests", new { message = new string('x', 501) }, Cancel)).StatusCode);
    }

    private async Task<IReadOnlyList<NotificationDto>> NotificationsAsync(DigitalWorkplace.Testing.TestUser person) =>
        await Platform.AsAsync(person, sp => sp.GetRequiredService<INotificationsService>().MineAsync(50, CancellationToken.None));
}
