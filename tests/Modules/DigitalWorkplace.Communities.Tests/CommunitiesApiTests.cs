using DigitalWorkplace.BuildingBlocks.Messaging;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Communities.Tests;

/// <summary>The communities API over the real host; run once per database provider.</summary>
public abstract partial class CommunitiesApiTests(PlatformFactory platform)
{
    protected PlatformFactory Platform { get; } = platform;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateCommunity_SignedIn_CreatorIsOwnerAndCommunityListed()
    {
        var creator = await Platform.CreateUserAsync();
        var client = Platform.CreateClientFor(creator);
        var name = CommunitiesApi.UniqueName("Baristas");

        var created = await client.CreateCommunityAsync(name);

        Assert.Equal(name, created.Name);
        Assert.Equal(1, created.MemberCount);
        Assert.True(created.IsMember);
        Assert.False(created.IsOfficial);
        var listed = Assert.Single(await client.CommunitiesAsync(), c => c.Id == created.Id);
        Assert.True(listed.IsMember);
        var role = await Platform.AsAsync(creator, sp =>
            sp.GetRequiredService<CommunitiesDbContext>().Memberships.Where(m => m.CommunityId == created.Id && m.PersonId == creator.Id).Select(m => m.Role).SingleAsync(Cancel));
        Assert.Equal(Domain.CommunityRole.Owner, role);
    }

    [Fact]
    public async Task CreateCommunity_NameTakenInOtherCase_ConflictNameTaken()
    {
        var client = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var name = CommunitiesApi.UniqueName("Night shift");
        await client.CreateCommunityAsync(name);

        var response = await client.PostCommunityAsync(new { name = name.ToUpperInvariant(), visibility = "Public" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("community.name_taken", await response.CodeAsync());
    }

    [Fact]
    public async Task CreateCommunity_InvalidFields_BadRequestNamingEachFieldAndNothingWritten()
    {
        var client = Platform.CreateClientFor(await Platform.CreateUserAsync());
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
        var person = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var administrator = Platform.CreateClientFor(await Platform.CreateUserAsync(administrator: true));

        var communicationsUser = await Platform.CreateUserAsync();
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsJsonAsync($"/api/v1/people/{communicationsUser.Id}/roles", new { role = "Communications" }, Cancel)).StatusCode);

        var refused = await person.PostCommunityAsync(new { name = CommunitiesApi.UniqueName("Brand"), visibility = "Public", isOfficial = true });
        var official = await administrator.CreateCommunityAsync(isOfficial: true);
        var byCommunications = await Platform.CreateClientFor(communicationsUser).CreateCommunityAsync(isOfficial: true);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("community.official_requires_communications", await refused.CodeAsync());
        Assert.True(official.IsOfficial);
        Assert.True(byCommunications.IsOfficial);
    }

    [Fact]
    public async Task GetCommunity_UnknownId_NotFound()
    {
        var client = Platform.CreateClientFor(await Platform.CreateUserAsync());

        var response = await client.GetAsync($"/api/v1/communities/{Guid.CreateVersion7()}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("community.not_found", await response.CodeAsync());
    }

    [Fact]
    public async Task GetCommunity_PrivateAsNonMember_SummaryShown()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var outsider = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);

        var summary = await (await outsider.GetAsync($"/api/v1/communities/{community.Id}", Cancel)).ReadAsync<CommunitySummary>();

        Assert.Equal(community.Name, summary.Name);
        Assert.Equal(CommunityVisibility.Private, summary.Visibility);
        Assert.False(summary.IsMember);
    }

    [Fact]
    public async Task ListCommunities_NoCredentials_Unauthorized()
    {
        var anonymous = Platform.CreateClient();

        var response = await anonymous.GetAsync("/api/v1/communities", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Readable_PublicAndOwnPrivate_OthersPrivateExcluded()
    {
        var person = await Platform.CreateUserAsync();
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var open = await owner.CreateCommunityAsync();
        var othersPrivate = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);
        var ownPrivate = await Platform.CreateClientFor(person).CreateCommunityAsync(visibility: CommunityVisibility.Private);

        var readable = await Platform.AsAsync(person, sp => sp.GetRequiredService<ICommunityAccess>().ReadableAsync(person.Id, Cancel));

        Assert.Contains(open.Id, readable);
        Assert.Contains(ownPrivate.Id, readable);
        Assert.DoesNotContain(othersPrivate.Id, readable);
    }

    [Fact]
    public async Task CreateCommunity_Saved_EventsInOutboxAndProcessed()
    {
        var client = Platform.CreateClientFor(await Platform.CreateUserAsync());

        var community = await client.CreateCommunityAsync();

        Assert.Equal(1, await CountOutboxAsync<CommunityCreatedIntegrationEvent>(community.Id, "communityId"));
        Assert.Equal(1, await CountOutboxAsync<MemberJoinedIntegrationEvent>(community.Id, "communityId"));
        var unprocessed = await Eventually.GetAsync(() => CountOutboxAsync<CommunityCreatedIntegrationEvent>(community.Id, "communityId", unprocessedOnly: true), n => n == 0);
        Assert.Equal(0, unprocessed);
    }

    [Fact]
    public async Task CommunitiesService_CreateAsAdministrator_OfficialNamedAndIndexed()
    {
        var administrator = await Platform.CreateUserAsync(administrator: true);
        var name = CommunitiesApi.UniqueName("Brand news");

        var created = await Platform.AsAsync(administrator, sp =>
            sp.GetRequiredService<ICommunitiesService>().CreateAsync(name, "From head office.", CommunityVisibility.Public, isOfficial: true, Cancel));
        var names = await Platform.AsAsync(null, sp => sp.GetRequiredService<ICommunityDirectory>().NamesAsync([created.Value!.Id, Guid.CreateVersion7()], Cancel));
        var indexed = await Platform.AsAsync(null, async sp =>
        {
            var events = new List<CommunityCreatedIntegrationEvent>();
            await foreach (var e in sp.GetRequiredService<ICommunitiesIndexSource>().AllCommunitiesAsync(Cancel))
            {
                events.Add(e);
            }

            return events;
        });

        var community = created.Value!;
        Assert.True(community.IsOfficial);
        Assert.Equal(name, Assert.Single(names).Value);
        Assert.True(Assert.Single(indexed, e => e.CommunityId == community.Id).IsOfficial);
    }

    [Fact]
    public async Task Model_ComparedWithMigrations_HasNoPendingChanges()
    {
        var pending = await Platform.AsAsync(null, sp => Task.FromResult(sp.GetRequiredService<CommunitiesDbContext>().Database.HasPendingModelChanges()));

        Assert.False(pending);
    }

    private Task<bool> CanReadAsync(Guid personId, Guid communityId) =>
        Platform.AsAsync(null, sp => sp.GetRequiredService<ICommunityAccess>().CanReadAsync(personId, communityId, Cancel));

    private Task<int> CountCommunitiesAsync() =>
        Platform.AsAsync(null, sp => sp.GetRequiredService<CommunitiesDbContext>().Communities.CountAsync(Cancel));

    private Task<int> CountOutboxAsync<TEvent>(Guid id, string property, bool unprocessedOnly = false, Guid? personId = null) =>
        Platform.AsAsync(null, async sp =>
        {
            var type = IntegrationEventRegistry.NameOf(typeof(TEvent));
            var db = sp.GetRequiredService<CommunitiesDbContext>();
            var messages = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Type == type && (!unprocessedOnly || db.OutboxDeliveries.Any(d => d.MessageId == m.Id && d.DeliveredAt == null)))
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
