using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Identity.Tests;

/// <summary>GDPR: a person downloads their own data (every module's part, only theirs), and an administrator erases a person.</summary>
public abstract class PrivacyTests(PlatformFactory platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MyData_IsAZipOfEveryModulesPart_WithOnlyMine()
    {
        var (me, community, _) = await MemberWithAPostAsync("Mon premier message");
        var other = await platform.CreateUserAsync();
        var otherClient = platform.CreateClientFor(other);
        await otherClient.PostAsJsonAsync($"/api/v1/communities/{community}/join", new { }, Ct);
        await otherClient.PostAsJsonAsync($"/api/v1/communities/{community}/posts", new { markdown = "Someone else's words" }, Ct);

        var response = await platform.CreateClientFor(me).GetAsync("/api/v1/me/data", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(Ct));
        var names = zip.Entries.Select(e => e.FullName).Order().ToList();
        Assert.Equal(["communities.json", "feeds.json", "launcher.json", "notifications.json", "onboarding.json", "profile.json"], names);
        var feeds = await ReadAsync(zip, "feeds.json");
        Assert.Contains("Mon premier message", feeds.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Someone else", feeds.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(me.Email, (await ReadAsync(zip, "profile.json")).GetProperty("profile").GetProperty("email").GetString());
        Assert.DoesNotContain("passwordHash", (await ReadAsync(zip, "profile.json")).GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Single((await ReadAsync(zip, "communities.json")).GetProperty("memberships").EnumerateArray());

        // Someone else's data is their administrator's to download, nobody else's.
        Assert.Equal(HttpStatusCode.NotFound, (await otherClient.GetAsync($"/api/v1/people/{me.Id}/data", Ct)).StatusCode);
        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/people/{me.Id}/data", Ct)).StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Erasure_RemovesThePerson_AndKeepsOrRemovesWhatTheyWrote(bool removeContent)
    {
        var words = $"Words to forget {Guid.NewGuid():N}";
        var (person, community, postId) = await MemberWithAPostAsync(words);
        var adminUser = await platform.CreateUserAsync(administrator: true);
        var admin = platform.CreateClientFor(adminUser);
        var readerUser = await platform.CreateUserAsync();
        var reader = platform.CreateClientFor(readerUser);
        await reader.PostAsJsonAsync($"/api/v1/communities/{community}/join", new { }, Ct);
        await Eventually.HoldsAsync(async () => (await SearchAsync(readerUser, person.Name)).Contains(person.Id.ToString(), StringComparison.Ordinal), "the person is indexed");

        var erased = await admin.PostAsJsonAsync($"/api/v1/people/{person.Id}/erase", new { removeContent }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await platform.CreateClientFor(person).GetAsync("/api/v1/people/me", Ct)).StatusCode);
        var account = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/{person.Id}/account", Ct);
        Assert.Equal("Former member", account.GetProperty("displayName").GetString());
        Assert.Equal(JsonValueKind.Null, account.GetProperty("email").ValueKind);
        Assert.Equal("Ended", account.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync($"/api/v1/people/{person.Id}/reactivate", new { }, Ct)).StatusCode);
        await Eventually.HoldsAsync(async () => !(await SearchAsync(readerUser, person.Name)).Contains(person.Id.ToString(), StringComparison.Ordinal), "the person leaves the index");

        var feed = async () => (await reader.GetFromJsonAsync<JsonElement>($"/api/v1/communities/{community}/posts", Ct)).GetRawText();
        if (removeContent)
        {
            await Eventually.HoldsAsync(async () => !(await feed()).Contains(words, StringComparison.Ordinal), "the post is removed");
            await Eventually.HoldsAsync(async () => !(await SearchAsync(readerUser, words)).Contains(postId, StringComparison.Ordinal), "the post leaves the index");
        }
        else
        {
            await Eventually.HoldsAsync(async () => (await feed()).Contains("Former member", StringComparison.Ordinal), "the post is kept under former member");
            Assert.Contains(words, await feed(), StringComparison.Ordinal);
            Assert.DoesNotContain(person.Name, await feed(), StringComparison.Ordinal);
        }

        var audited = await Eventually.GetAsync(
            async () => (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?subjectId={person.Id}&pageSize=100", Ct)).GetProperty("items").EnumerateArray().ToList(),
            list => list.Any(e => e.GetProperty("action").GetString() == "person.erased"));
        Assert.All(audited, e => Assert.Equal("Former member", e.GetProperty("subjectName").GetString()));
        Assert.All(audited, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("address").ValueKind));
        Assert.Equal(adminUser.Id, audited.First(e => e.GetProperty("action").GetString() == "person.erased").GetProperty("actorId").GetGuid());
    }

    [Fact]
    public async Task NobodyErasesThemselves_NorSomeoneOutsideTheirScope()
    {
        var admin = await platform.CreateUserAsync(administrator: true);
        var member = await platform.CreateUserAsync();

        Assert.Equal(HttpStatusCode.Conflict, (await platform.CreateClientFor(admin).PostAsJsonAsync($"/api/v1/people/{admin.Id}/erase", new { removeContent = false }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await platform.CreateClientFor(member).PostAsJsonAsync($"/api/v1/people/{admin.Id}/erase", new { removeContent = false }, Ct)).StatusCode);
    }

    private async Task<(TestUser Person, Guid Community, string PostId)> MemberWithAPostAsync(string text)
    {
        var person = await platform.CreateUserAsync($"Erin {Guid.NewGuid().ToString("N")[..6]}");
        var community = await platform.AsAsync(person, async sp => (await sp.GetRequiredService<ICommunitiesService>().CreateAsync(
            $"Privacy {Guid.NewGuid():N}", "", CommunityVisibility.Public, CancellationToken.None)).Value!.Id);
        var posted = await platform.CreateClientFor(person).PostAsJsonAsync($"/api/v1/communities/{community}/posts", new { markdown = text }, Ct);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        return (person, community, (await posted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!);
    }

    /// <summary>The search as the reader sees it, asked in-process: polling the API would spend the reader's search budget (429).</summary>
    private async Task<string> SearchAsync(TestUser reader, string text) =>
        JsonSerializer.Serialize(await platform.AsAsync(reader, sp => sp.GetRequiredService<DigitalWorkplace.Search.Contracts.ISearchService>().SearchAsync(text, 20, CancellationToken.None)));

    private static async Task<JsonElement> ReadAsync(ZipArchive zip, string name)
    {
        await using var stream = zip.GetEntry(name)!.Open();
        return await JsonSerializer.DeserializeAsync<JsonElement>(stream, cancellationToken: Ct);
    }
}

public sealed class PrivacySqliteTests(SqlitePlatform platform) : PrivacyTests(platform), IClassFixture<SqlitePlatform>;

public sealed class PrivacyPostgresTests(PostgresPlatform platform) : PrivacyTests(platform), IClassFixture<PostgresPlatform>;
