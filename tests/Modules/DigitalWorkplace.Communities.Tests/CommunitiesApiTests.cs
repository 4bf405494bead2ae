using System.Net;
using System.Text.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Communities.Tests;

/// <summary>The communities API over the real host; run once per database provider.</summary>
public abstract class CommunitiesApiTests(PlatformFactory platform)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateCommunity_SignedIn_CreatorIsOwnerAndCommunityListed()
    {
        var creator = await platform.CreateUserAsync();
        var client = platform.CreateClientFor(creator);
        var name = CommunitiesApi.UniqueName("Baristas");

        var created = await client.CreateCommunityAsync(name);

        Assert.Equal(name, created.Name);
        Assert.Equal(1, created.MemberCount);
        Assert.True(created.IsMember);
        Assert.False(created.IsOfficial);
        var listed = Assert.Single(await client.CommunitiesAsync(), c => c.Id == created.Id);
        Assert.True(listed.IsMember);
        var role = await platform.AsAsync(creator, sp =>
            sp.GetRequiredService<CommunitiesDbContext>().Memberships.Where(m => m.CommunityId == created.Id && m.PersonId == creator.Id).Select(m => m.Role).SingleAsync(Cancel));
        Assert.Equal(Domain.CommunityRole.Owner, role);
    }

    [Fact]
    public async Task CreateCommunity_NameTakenInOtherCase_ConflictNameTaken()
    {
        var client = platform.CreateClientFor(await platform.CreateUserAsync());
        var name = CommunitiesApi.UniqueName("Night shift");
        await client.CreateCommunityAsync(name);

        var response = await client.PostCommunityAsync(new { name = name.ToUpperInvariant(), visibility = "Public" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("community.name_taken", await response.CodeAsync());
    }

    [Fact]
    public async Task CreateCommunity_InvalidFields_BadRequestNamingEachFieldAndNothingWritten()
    {
        var client = platform.CreateClientFor(await platform.CreateUserAsync());
        var before = await CountCommunitiesAsync();

        var response = await client.PostCommunityAsync(new { name = " ", description = new string('d', 501) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("description", out _));
        Assert.True(errors.TryGetProperty("visibility", out _));
        Assert.Equal(before, await CountCommunitiesAsync());
    }

    [Fact]
    public async Task CreateOfficialCommunity_NotAdministrator_ForbiddenAndAdministratorMay()
    {
        var person = platform.CreateClientFor(await platform.CreateUserAsync());
        var administrator = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));

        var refused = await person.PostCommunityAsync(new { name = CommunitiesApi.UniqueName("Brand"), visibility = "Public", isOfficial = true });
        var official = await administrator.CreateCommunityAsync(isOfficial: true);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("community.official_requires_administrator", await refused.CodeAsync());
        Assert.True(official.IsOfficial);
    }

    [Fact]
    public async Task JoinPublicCommunity_Twice_MemberOnce()
    {
        var owner = platform.CreateClientFor(await platform.CreateUserAsync());
        var joinerUser = await platform.CreateUserAsync();
        var joiner = platform.CreateClientFor(joinerUser);
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
        var owner = platform.CreateClientFor(await platform.CreateUserAsync());
        var outsider = platform.CreateClientFor(await platform.CreateUserAsync());
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
        var owner = platform.CreateClientFor(await platform.CreateUserAsync());
        var colleague = await platform.CreateUserAsync();
        var community = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);
        Assert.False(await CanReadAsync(colleague.Id, community.Id));

        var response = await owner.AddMemberAsync(community.Id, colleague.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.ReadAsync<CommunitySummary>()).MemberCount);
        Assert.True(await CanReadAsync(colleague.Id, community.Id));
        Assert.Contains(community.Id, await platform.AsAsync(colleague, sp => sp.GetRequiredService<ICommunityAccess>().MembershipsAsync(colleague.Id, Cancel)));
    }

    [Fact]
    public async Task AddMember_NotAManager_NotFoundWhenPrivateForbiddenWhenPublic()
    {
        var owner = platform.CreateClientFor(await platform.CreateUserAsync());
        var other = await platform.CreateUserAsync();
        var stranger = platform.CreateClientFor(await platform.CreateUserAsync());
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
        var owner = platform.CreateClientFor(await platform.CreateUserAsync());
        var administrator = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var colleague = await platform.CreateUserAsync();
        var community = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);

        var response = await administrator.AddMemberAsync(community.Id, colleague.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await CanReadAsync(colleague.Id, community.Id));
    }

    [Fact]
    public async Task AddMember_UnknownPerson_NotFound()
    {
        var owner = platform.CreateClientFor(await platform.CreateUserAsync());
        var community = await owner.CreateCommunityAsync();

        var response = await owner.AddMemberAsync(community.Id, Guid.CreateVersion7());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("person.not_found", await response.CodeAsync());
    }

    [Fact]
    public async Task LeaveCommunity_Member_NoLongerMemberAndEventPublished()
    {
        var owner = platform.CreateClientFor(await platform.CreateUserAsync());
        var member = await platform.CreateUserAsync();
        var client = platform.CreateClientFor(member);
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
        var owner = platform.CreateClientFor(await platform.CreateUserAsync());
        var community = await owner.CreateCommunityAsync();

        var response = await owner.LeaveAsync(community.Id);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("community.last_owner", await response.CodeAsync());
    }

    [Fact]
    public async Task GetCommunity_UnknownId_NotFound()
    {
        var client = platform.CreateClientFor(await platform.CreateUserAsync());

        var response = await client.GetAsync($"/api/v1/communities/{Guid.CreateVersion7()}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("community.not_found", await response.CodeAsync());
    }

    [Fact]
    public async Task GetCommunity_PrivateAsNonMember_SummaryShown()
    {
        var owner = platform.CreateClientFor(await platform.CreateUserAsync());
        var outsider = platform.CreateClientFor(await platform.CreateUserAsync());
        var community = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);

        var summary = await (await outsider.GetAsync($"/api/v1/communities/{community.Id}", Cancel)).ReadAsync<CommunitySummary>();

        Assert.Equal(community.Name, summary.Name);
        Assert.Equal(CommunityVisibility.Private, summary.Visibility);
        Assert.False(summary.IsMember);
    }

    [Fact]
    public async Task ListCommunities_NoCredentials_Unauthorized()
    {
        var anonymous = platform.CreateClient();

        var response = await anonymous.GetAsync("/api/v1/communities", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Readable_PublicAndOwnPrivate_OthersPrivateExcluded()
    {
        var person = await platform.CreateUserAsync();
        var owner = platform.CreateClientFor(await platform.CreateUserAsync());
        var open = await owner.CreateCommunityAsync();
        var othersPrivate = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);
        var ownPrivate = await platform.CreateClientFor(person).CreateCommunityAsync(visibility: CommunityVisibility.Private);

        var readable = await platform.AsAsync(person, sp => sp.GetRequiredService<ICommunityAccess>().ReadableAsync(person.Id, Cancel));

        Assert.Contains(open.Id, readable);
        Assert.Contains(ownPrivate.Id, readable);
        Assert.DoesNotContain(othersPrivate.Id, readable);
    }

    [Fact]
    public async Task CreateCommunity_Saved_EventsInOutboxAndProcessed()
    {
        var client = platform.CreateClientFor(await platform.CreateUserAsync());

        var community = await client.CreateCommunityAsync();

        Assert.Equal(1, await CountOutboxAsync<CommunityCreatedIntegrationEvent>(community.Id, "communityId"));
        Assert.Equal(1, await CountOutboxAsync<MemberJoinedIntegrationEvent>(community.Id, "communityId"));
        var unprocessed = await Eventually.GetAsync(() => CountOutboxAsync<CommunityCreatedIntegrationEvent>(community.Id, "communityId", unprocessedOnly: true), n => n == 0);
        Assert.Equal(0, unprocessed);
    }

    [Fact]
    public async Task Model_ComparedWithMigrations_HasNoPendingChanges()
    {
        var pending = await platform.AsAsync(null, sp => Task.FromResult(sp.GetRequiredService<CommunitiesDbContext>().Database.HasPendingModelChanges()));

        Assert.False(pending);
    }

    private Task<bool> CanReadAsync(Guid personId, Guid communityId) =>
        platform.AsAsync(null, sp => sp.GetRequiredService<ICommunityAccess>().CanReadAsync(personId, communityId, Cancel));

    private Task<int> CountCommunitiesAsync() =>
        platform.AsAsync(null, sp => sp.GetRequiredService<CommunitiesDbContext>().Communities.CountAsync(Cancel));

    private Task<int> CountOutboxAsync<TEvent>(Guid id, string property, bool unprocessedOnly = false, Guid? personId = null) =>
        platform.AsAsync(null, async sp =>
        {
            var type = typeof(TEvent).FullName!;
            var messages = await sp.GetRequiredService<CommunitiesDbContext>().OutboxMessages.AsNoTracking()
                .Where(m => m.Type == type && (!unprocessedOnly || m.ProcessedAt == null))
                .Select(m => m.Payload)
                .ToListAsync(Cancel);
            return messages.Count(payload =>
            {
                using var document = JsonDocument.Parse(payload);
                var root = document.RootElement;
                return root.GetProperty(property).GetGuid() == id && (personId is null || root.GetProperty("personId").GetGuid() == personId);
            });
        });
}

public sealed class CommunitiesApiSqliteTests(SqlitePlatform platform) : CommunitiesApiTests(platform), IClassFixture<SqlitePlatform>;

public sealed class CommunitiesApiPostgresTests(PostgresPlatform platform) : CommunitiesApiTests(platform), IClassFixture<PostgresPlatform>;
