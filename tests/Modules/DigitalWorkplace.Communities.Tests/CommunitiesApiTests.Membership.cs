using System.Net;
using DigitalWorkplace.Communities.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Communities.Tests;

/// <summary>Joining, being added and leaving, and who may add members.</summary>
public abstract partial class CommunitiesApiTests
{
    [Fact]
    public async Task JoinPublicCommunity_Twice_MemberOnce()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var joinerUser = await Platform.CreateUserAsync();
        var joiner = Platform.CreateClientFor(joinerUser);
        var community = await owner.CreateCommunityAsync();

        var first = await joiner.JoinAsync(community.Id);
        var second = await joiner.JoinAsync(community.Id);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var summary = await second.ReadAsync<CommunitySummary>();
        Assert.True(summary.IsMember);
        Assert.Equal(2, summary.MemberCount);
        Assert.Equal(1, await CountOutboxAsync<MemberJoinedIntegrationEvent>(community.Id, "communityId", personId: joinerUser.Id));
    }

    [Fact]
    public async Task JoinPrivateCommunity_NotAdded_ConflictJoinRequiresApproval()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var outsider = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);

        var response = await outsider.JoinAsync(community.Id);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("community.join_requires_approval", await response.CodeAsync());
        var listed = Assert.Single(await outsider.CommunitiesAsync(), c => c.Id == community.Id);
        Assert.False(listed.IsMember);
    }

    [Fact]
    public async Task AddMember_OwnerOfPrivateCommunity_PersonCanReadAndPost()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var colleague = await Platform.CreateUserAsync();
        var community = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);
        Assert.False(await CanReadAsync(colleague.Id, community.Id));

        var response = await owner.AddMemberAsync(community.Id, colleague.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.ReadAsync<CommunitySummary>()).MemberCount);
        Assert.True(await CanReadAsync(colleague.Id, community.Id));
        Assert.Contains(community.Id, await Platform.AsAsync(colleague, sp => sp.GetRequiredService<ICommunityAccess>().MembershipsAsync(colleague.Id, Cancel)));
    }

    [Fact]
    public async Task AddMember_NotAManager_NotFoundWhenPrivateForbiddenWhenPublic()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var other = await Platform.CreateUserAsync();
        var stranger = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var secret = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);
        var open = await owner.CreateCommunityAsync();

        var toPrivate = await stranger.AddMemberAsync(secret.Id, other.Id);
        var toPublic = await stranger.AddMemberAsync(open.Id, other.Id);

        Assert.Equal(HttpStatusCode.NotFound, toPrivate.StatusCode);
        Assert.Equal("community.not_found", await toPrivate.CodeAsync());
        Assert.Equal(HttpStatusCode.Forbidden, toPublic.StatusCode);
        Assert.Equal("community.managers_only", await toPublic.CodeAsync());
        Assert.False(await CanReadAsync(other.Id, secret.Id));
    }

    [Fact]
    public async Task AddMember_AdministratorToPrivateCommunity_Added()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var administrator = Platform.CreateClientFor(await Platform.CreateUserAsync(administrator: true));
        var colleague = await Platform.CreateUserAsync();
        var community = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);

        var response = await administrator.AddMemberAsync(community.Id, colleague.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await CanReadAsync(colleague.Id, community.Id));
    }

    [Fact]
    public async Task AddMember_UnknownPerson_NotFound()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await owner.CreateCommunityAsync();

        var response = await owner.AddMemberAsync(community.Id, Guid.CreateVersion7());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("person.not_found", await response.CodeAsync());
    }

    [Fact]
    public async Task LeaveCommunity_Member_NoLongerMemberAndEventPublished()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var member = await Platform.CreateUserAsync();
        var client = Platform.CreateClientFor(member);
        var community = await owner.CreateCommunityAsync();
        await client.JoinAsync(community.Id);

        var response = await client.LeaveAsync(community.Id);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(Assert.Single(await client.CommunitiesAsync(), c => c.Id == community.Id).IsMember);
        Assert.Equal(1, await CountOutboxAsync<MemberLeftIntegrationEvent>(community.Id, "communityId"));
    }

    [Fact]
    public async Task LeaveCommunity_LastOwner_ConflictLastOwner()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await owner.CreateCommunityAsync();

        var response = await owner.LeaveAsync(community.Id);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("community.last_owner", await response.CodeAsync());
    }
}
