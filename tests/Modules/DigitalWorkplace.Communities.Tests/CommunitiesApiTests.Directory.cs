using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Tests;

public abstract partial class CommunitiesApiTests
{
    [Fact]
    public async Task TheDirectory_IsSearchedAndFiltered_ByWordsTagsLanguageAndMine_NeverShowingSecretOnes()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var reader = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var word = "Crêperie" + Guid.NewGuid().ToString("N")[..6];
        var tag = "tag" + Guid.NewGuid().ToString("N")[..6];
        var french = await owner.CreateCommunityAsync(CommunitiesApi.UniqueName($"{word} Bretagne"));
        var english = await owner.CreateCommunityAsync(CommunitiesApi.UniqueName($"{word} London"));
        var secret = await owner.CreateCommunityAsync(CommunitiesApi.UniqueName($"{word} secret"), CommunityVisibility.Secret);
        Assert.Equal(HttpStatusCode.OK, (await owner.PutAsJsonAsync($"/api/v1/communities/{french.Id}", new { name = french.Name, visibility = "Public", tags = (string[])[tag], language = "fr" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.PutAsJsonAsync($"/api/v1/communities/{english.Id}", new { name = english.Name, visibility = "Public", language = "en" }, Cancel)).StatusCode);
        await reader.JoinAsync(english.Id);

        var byWord = await DirectoryAsync(reader, $"?q={Uri.EscapeDataString(word.Replace("ê", "e", StringComparison.Ordinal).ToUpperInvariant())}");
        var byTag = await DirectoryAsync(reader, $"?tag={tag}");
        var byLanguage = await DirectoryAsync(reader, $"?q={Uri.EscapeDataString(word)}&language=fr");
        var mine = await DirectoryAsync(reader, $"?q={Uri.EscapeDataString(word)}&mine=true");

        Assert.Equal(new[] { english.Id, french.Id }.Order(), byWord.Select(c => c.Id).Order());
        Assert.Equal([french.Id], byTag.Select(c => c.Id));
        Assert.Equal([french.Id], byLanguage.Select(c => c.Id));
        Assert.Equal([english.Id], mine.Select(c => c.Id));
        Assert.DoesNotContain(await DirectoryAsync(reader, $"?q={Uri.EscapeDataString(word)}"), c => c.Id == secret.Id);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/api/v1/communities?language=xx", Cancel)).StatusCode);
    }

    [Fact]
    public async Task ANewcomer_IsSuggestedTheCommunitiesOfPeopleWithTheirRole_AndNoneTheyCannotSee()
    {
        var admin = Platform.CreateClientFor(await Platform.CreateUserAsync(administrator: true));
        var position = "Porter" + Guid.NewGuid().ToString("N")[..6];
        var colleagueUser = await Platform.CreateUserAsync();
        var newcomerUser = await Platform.CreateUserAsync();
        foreach (var person in new[] { colleagueUser, newcomerUser })
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync($"/api/v1/people/{person.Id}", new { position }, Cancel)).StatusCode);
        }

        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var porters = await owner.CreateCommunityAsync();
        var hidden = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Secret);
        await Platform.CreateClientFor(colleagueUser).JoinAsync(porters.Id);
        await owner.AddMemberAsync(hidden.Id, colleagueUser.Id);
        var tagged = await owner.CreateCommunityAsync();
        Assert.Equal(HttpStatusCode.OK, (await owner.PutAsJsonAsync($"/api/v1/communities/{tagged.Id}", new { name = tagged.Name, visibility = "Public", tags = (string[])[position] }, Cancel)).StatusCode);

        var suggestions = await Platform.CreateClientFor(newcomerUser).GetFromJsonAsync<List<CommunitySuggestion>>("/api/v1/me/community-suggestions?take=20", CommunitiesApi.Json, Cancel);

        Assert.Contains(suggestions!, s => s.Community.Id == porters.Id && s.Reason == "position" && s.Colleagues == 1);
        Assert.Contains(suggestions!, s => s.Community.Id == tagged.Id && s.Reason == "tag");
        Assert.DoesNotContain(suggestions!, s => s.Community.Id == hidden.Id);
        Assert.Equal(HttpStatusCode.BadRequest, (await Platform.CreateClientFor(newcomerUser).GetAsync("/api/v1/me/community-suggestions?take=0", Cancel)).StatusCode);
    }

    private static async Task<IReadOnlyList<CommunitySummary>> DirectoryAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<List<CommunitySummary>>($"/api/v1/communities{query}", CommunitiesApi.Json, Cancel))!;
}
