using System.Net;
using System.Net.Http.Headers;
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
    public async Task AnOwner_ChangesThePage_TagsLanguageAndCover_AndMakingItSecret_HidesItAtOnce()
    {
        var ownerUser = await Platform.CreateUserAsync();
        var owner = Platform.CreateClientFor(ownerUser);
        var readerUser = await Platform.CreateUserAsync();
        var reader = Platform.CreateClientFor(readerUser);
        var community = await owner.CreateCommunityAsync();
        var name = CommunitiesApi.UniqueName("Rooftop bar");
        var post = await owner.PostAsJsonAsync($"/api/v1/communities/{community.Id}/posts", new { markdown = "Rooftop opening hours" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, post.StatusCode);

        var updated = await owner.PutAsJsonAsync($"/api/v1/communities/{community.Id}",
            new { name, description = "Evenings on the roof", visibility = "Public", tags = (string[])["Bar", "bar ", "Summer"], language = "fr" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var page = await updated.ReadAsync<CommunitySummary>();
        Assert.Equal(["bar", "summer"], page.Tags);
        Assert.Equal("fr", page.Language);
        var invalid = await owner.PutAsJsonAsync($"/api/v1/communities/{community.Id}", new { name = "", visibility = "Public", language = "klingon", tags = Enumerable.Range(0, 11).Select(i => $"t{i}") }, Cancel);
        var errors = (await invalid.ReadAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in (string[])["name", "language", "tags"])
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        var unreadable = await owner.PutAsJsonAsync($"/api/v1/communities/{community.Id}", new { name, visibility = "Open" }, Cancel);
        Assert.True((await unreadable.ReadAsync<JsonElement>()).GetProperty("errors").TryGetProperty("visibility", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PutAsJsonAsync($"/api/v1/communities/{community.Id}", new { name, visibility = "Public" }, Cancel)).StatusCode);

        using var picture = new ByteArrayContent(TestImages.Png(900, 600));
        picture.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var covered = await owner.PutAsync($"/api/v1/communities/{community.Id}/cover", picture, Cancel);
        Assert.Equal(HttpStatusCode.OK, covered.StatusCode);
        var coverUrl = (await covered.ReadAsync<CommunitySummary>()).CoverUrl!;
        var cover = await reader.GetAsync(coverUrl, Cancel);
        Assert.Equal("image/jpeg", cover.Content.Headers.ContentType?.MediaType);
        using (var bitmap = SkiaSharp.SKBitmap.Decode(await cover.Content.ReadAsByteArrayAsync(Cancel)))
        {
            Assert.Equal((1200, 400), (bitmap.Width, bitmap.Height));
        }

        await Eventually.HoldsAsync(async () => (await SearchHitsAsync(readerUser, name)).Any(h => h.Id == community.Id), "the new name is found");

        Assert.Equal(HttpStatusCode.OK, (await owner.PutAsJsonAsync($"/api/v1/communities/{community.Id}", new { name, visibility = "Secret" }, Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/v1/communities/{community.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/v1/communities/{community.Id}/posts", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(coverUrl, Cancel)).StatusCode);
        Assert.DoesNotContain(await reader.CommunitiesAsync(), c => c.Id == community.Id);
        Assert.DoesNotContain(await SearchHitsAsync(readerUser, "Rooftop opening hours"), h => h.Kind == "post");
        await Eventually.HoldsAsync(async () => !(await SearchHitsAsync(readerUser, name)).Any(h => h.Id == community.Id), "search forgets it for outsiders");
        Assert.Contains(await SearchHitsAsync(ownerUser, name), h => h.Id == community.Id);
    }

    [Fact]
    public async Task AnArchivedCommunity_IsReadByItsMembers_ButNobodyWritesJoinsOrPlansInIt()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var memberUser = await Platform.CreateUserAsync();
        var member = Platform.CreateClientFor(memberUser);
        var newcomer = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await owner.CreateCommunityAsync();
        await member.JoinAsync(community.Id);

        var archived = await owner.PostAsync($"/api/v1/communities/{community.Id}/archive", null, Cancel);

        Assert.True((await archived.ReadAsync<CommunitySummary>()).IsArchived);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/v1/communities/{community.Id}/posts", Cancel)).StatusCode);
        var refused = await member.PostAsJsonAsync($"/api/v1/communities/{community.Id}/posts", new { markdown = "Anyone?" }, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("community.archived", await refused.CodeAsync());
        Assert.Equal("community.archived", await (await newcomer.JoinAsync(community.Id)).CodeAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/api/v1/communities/{community.Id}/unarchive", null, Cancel)).StatusCode);

        Assert.False((await (await owner.PostAsync($"/api/v1/communities/{community.Id}/unarchive", null, Cancel)).ReadAsync<CommunitySummary>()).IsArchived);
        Assert.Equal(HttpStatusCode.Created, (await member.PostAsJsonAsync($"/api/v1/communities/{community.Id}/posts", new { markdown = "Back!" }, Cancel)).StatusCode);
    }

    private async Task<IReadOnlyList<SearchHitDto>> SearchHitsAsync(TestUser reader, string text) =>
        (await Platform.AsAsync(reader, sp => sp.GetRequiredService<ISearchService>().SearchAsync(text, 20, CancellationToken.None))).Hits;
}
