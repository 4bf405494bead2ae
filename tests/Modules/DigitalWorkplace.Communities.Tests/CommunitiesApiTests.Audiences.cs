using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Testing;

namespace DigitalWorkplace.Communities.Tests;

public abstract partial class CommunitiesApiTests
{
    [Fact]
    public async Task ACommunityFollowingAnAudience_HasItsPeopleAsMembers_KeptCurrentAsTheyComeAndGo()
    {
        var admin = Platform.CreateClientFor(await Platform.CreateUserAsync(administrator: true));
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var audience = await Platform.CreateAudienceAsync(EmploymentType.Franchise);
        var early = await Platform.CreateUserAsync("Early contractor", EmploymentType.Franchise);
        var manual = await Platform.CreateUserAsync("Joined by hand", EmploymentType.Franchise);
        var team = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);
        await owner.AddMemberAsync(team.Id, manual.Id);

        // An owner may not pour an audience in on their own: communications and administrators link audiences.
        var refused = await owner.PutAsJsonAsync($"/api/v1/communities/{team.Id}/audiences", new { audienceIds = new[] { audience } }, Cancel);
        Assert.Equal("community.audiences_communications_only", await refused.CodeAsync());

        var linked = await admin.PutAsJsonAsync($"/api/v1/communities/{team.Id}/audiences", new { audienceIds = new[] { audience } }, Cancel);

        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal(audience, Assert.Single(await linked.ReadAsync<List<CommunityAudienceDto>>()).AudienceId);
        Assert.True(await CanReadAsync(early.Id, team.Id));
        var late = await Platform.CreateUserAsync("Late contractor", EmploymentType.Franchise);
        await Eventually.HoldsAsync(() => CanReadAsync(late.Id, team.Id), "someone entering the audience becomes a member");

        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync($"/api/v1/people/{early.Id}", new { employmentType = "Permanent" }, Cancel)).StatusCode);

        await Eventually.HoldsAsync(async () => !await CanReadAsync(early.Id, team.Id), "someone leaving the audience stops being a member");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/communities/{team.Id}/audiences", new { audienceIds = Array.Empty<Guid>() }, Cancel)).StatusCode);
        Assert.False(await CanReadAsync(late.Id, team.Id));
        Assert.True(await CanReadAsync(manual.Id, team.Id), "a member added by hand stays");
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync($"/api/v1/communities/{team.Id}/audiences", new { audienceIds = new[] { Guid.NewGuid() } }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Platform.CreateClientFor(late).PutAsJsonAsync($"/api/v1/communities/{team.Id}/audiences", new { audienceIds = new[] { audience } }, Cancel)).StatusCode);
    }
}
