using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;

namespace DigitalWorkplace.Feeds.Tests;

public abstract partial class FeedsApiTests
{
    [Fact]
    public async Task BrandValues_AreDefinedByAdministratorsAndCommunications_InBothLanguages_AndRetiredNotDeleted()
    {
        var admin = Platform.CreateClientFor(await Platform.CreateUserAsync(administrator: true));
        var member = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var communications = await Platform.CreateUserAsync("Brand team");
        await Platform.GrantRoleAsync(communications, PlatformRole.Communications);

        var byMember = await member.PostAsJsonAsync("/api/v1/brand-values", NewValue("Care"), Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
        Assert.Equal("brand_value.communications_only", await byMember.CodeAsync());
        var broken = await admin.PostAsJsonAsync("/api/v1/brand-values", new BrandValueInput("not an icon", "Care", " ", "Looking after guests.", "Prendre soin.", null), Cancel);
        Assert.Equal(["icon", "nameFr"], (await broken.ErrorFieldsAsync()).Order());

        var created = await Platform.CreateClientFor(communications).PostAsJsonAsync("/api/v1/brand-values", NewValue("Care"), Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var value = await created.ReadAsync<BrandValueDto>();
        Assert.Equal("Care FR", value.NameFr);
        Assert.Contains(await member.GetFromJsonAsync<List<BrandValueDto>>("/api/v1/brand-values", Cancel) ?? [], v => v.Id == value.Id);

        var retired = await admin.PutAsJsonAsync($"/api/v1/brand-values/{value.Id}", NewValue("Care") with { IsRetired = true }, Cancel);
        Assert.True((await retired.ReadAsync<BrandValueDto>()).IsRetired);
        Assert.DoesNotContain(await member.GetFromJsonAsync<List<BrandValueDto>>("/api/v1/brand-values", Cancel) ?? [], v => v.Id == value.Id);
        Assert.Contains(await member.GetFromJsonAsync<List<BrandValueDto>>("/api/v1/brand-values?includeRetired=true", Cancel) ?? [], v => v.Id == value.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/v1/brand-values/{Guid.NewGuid()}", NewValue("Care"), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PutAsJsonAsync($"/api/v1/brand-values/{value.Id}", NewValue("Care"), Cancel)).StatusCode);
    }

    [Fact]
    public async Task ARecognition_ThanksColleaguesAgainstAValue_TellsOnlyThoseWhoMayReadIt_AndCountsOnTheValuesWall()
    {
        var admin = Platform.CreateClientFor(await Platform.CreateUserAsync(administrator: true));
        var value = await (await admin.PostAsJsonAsync("/api/v1/brand-values", NewValue("Customer first"), Cancel)).ReadAsync<BrandValueDto>();
        var station = await Platform.NewLocationAsync("Station kiosk");
        var author = await Platform.CreateUserAsync("Grateful colleague");
        var member = await Platform.CreateUserAsync("Thanked member", EmploymentType.Seasonal, location: station.Name);
        var outsider = await Platform.CreateUserAsync("Thanked outsider", EmploymentType.Seasonal, location: station.Name);
        var authorClient = Platform.CreateClientFor(author);
        var team = await authorClient.CreateCommunityAsync(CommunityVisibility.Private);
        await authorClient.AddMemberAsync(team.Id, member.Id);

        var published = await authorClient.RecogniseAsync(team.Id, "Saved the morning rush!", value.Id, member.Id, outsider.Id);

        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var post = await published.ReadAsync<PostDto>();
        Assert.Equal(value.Id, post.Recognition!.Value.Id);
        Assert.Equal(["Thanked member", "Thanked outsider"], post.Recognition.People.Select(p => p.DisplayName).Order());
        Assert.Equal(value.Id, (await authorClient.PostDetailAsync(post.Id)).Post.Recognition!.Value.Id);
        var memberClient = Platform.CreateClientFor(member);
        await Eventually.HoldsAsync(async () => (await NotificationKindsAsync(memberClient)).Contains("recognition"), "the recognised member is told");
        // Both would have been told in the same delivery: the outsider, who may not read the private community, was not.
        Assert.DoesNotContain("recognition", await NotificationKindsAsync(Platform.CreateClientFor(outsider)));

        var wall = await authorClient.GetFromJsonAsync<ValuesWallDto>($"/api/v1/brand-values/wall?valueId={value.Id}", Cancel);
        Assert.Equal(2, Assert.Single(wall!.ByValue).Count);
        Assert.Equal(2, Assert.Single(wall.ByLocation, l => l.OrgUnitId == station.Id).Count);
        Assert.Equal(post.Id, Assert.Single(wall.Recent).Id);
        // Not even a count tells the outsider of thanks given in a community they may not read.
        var outsiderWall = await Platform.CreateClientFor(outsider).GetFromJsonAsync<ValuesWallDto>($"/api/v1/brand-values/wall?valueId={value.Id}&orgUnitId={station.Id}", Cancel);
        Assert.Empty(outsiderWall!.ByValue);
        Assert.Empty(outsiderWall.ByLocation);
        Assert.Empty(outsiderWall.Recent);
        var lastYear = await authorClient.GetFromJsonAsync<ValuesWallDto>($"/api/v1/brand-values/wall?valueId={value.Id}&from=2025-01-01&to=2025-12-31", Cancel);
        Assert.Empty(lastYear!.ByValue);
        Assert.Equal(HttpStatusCode.BadRequest, (await authorClient.GetAsync("/api/v1/brand-values/wall?from=2026-02-01&to=2026-01-01", Cancel)).StatusCode);
        Assert.Equal(["to"], await (await authorClient.GetAsync("/api/v1/brand-values/wall?to=9999-12-31", Cancel)).ErrorFieldsAsync());
        Assert.Equal(["to"], await (await authorClient.GetAsync("/api/v1/brand-values/wall?to=0001-01-10", Cancel)).ErrorFieldsAsync());
        Assert.Equal(["from"], await (await authorClient.GetAsync("/api/v1/brand-values/wall?from=0001-01-01&to=2026-01-01", Cancel)).ErrorFieldsAsync());
    }

    [Fact]
    public async Task ARecognition_NamesColleaguesWhoExist_NotOneself_AgainstAnOfferedValue()
    {
        var admin = Platform.CreateClientFor(await Platform.CreateUserAsync(administrator: true));
        var value = await (await admin.PostAsJsonAsync("/api/v1/brand-values", NewValue("Team spirit"), Cancel)).ReadAsync<BrandValueDto>();
        var retired = await (await admin.PostAsJsonAsync("/api/v1/brand-values", NewValue("Old value") with { IsRetired = true }, Cancel)).ReadAsync<BrandValueDto>();
        var author = await Platform.CreateUserAsync();
        var colleague = await Platform.CreateUserAsync();
        var client = Platform.CreateClientFor(author);
        var community = await client.CreateCommunityAsync();

        Assert.Equal(["recognition.personIds"], await (await client.RecogniseAsync(community.Id, "Me!", value.Id, author.Id)).ErrorFieldsAsync());
        Assert.Equal(["recognition.personIds"], await (await client.RecogniseAsync(community.Id, "Nobody", value.Id)).ErrorFieldsAsync());
        Assert.Equal(["recognition.personIds"], await (await client.RecogniseAsync(community.Id, "A ghost", value.Id, Guid.NewGuid())).ErrorFieldsAsync());
        Assert.Equal(["recognition.valueId"], await (await client.RecogniseAsync(community.Id, "Old", retired.Id, colleague.Id)).ErrorFieldsAsync());
        Assert.Equal(["recognition.valueId"], await (await client.RecogniseAsync(community.Id, "Unknown", Guid.NewGuid(), colleague.Id)).ErrorFieldsAsync());
        Assert.Equal(0, await CountAsync(db => db.Posts.CountAsync(p => p.AuthorId == author.Id, Cancel)));
    }

    private static BrandValueInput NewValue(string name) => new("🤝", name, name + " FR", $"What {name} means.", $"Ce que {name} veut dire.", null);
}

internal static class RecognitionApi
{
    public static Task<HttpResponseMessage> RecogniseAsync(this HttpClient client, Guid communityId, string markdown, Guid valueId, params Guid[] personIds) =>
        client.PostAsJsonAsync($"/api/v1/communities/{communityId}/posts", new { markdown, recognition = new { valueId, personIds } }, FeedsApi.Json, TestContext.Current.CancellationToken);
}
