using System.IO.Compression;
using System.Net;
using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Host.Tests;

/// <summary>The demo organization, on SQLite, seeded as a newcomer sees it.</summary>
public sealed class DemoPlatform() : PlatformFactory(TestDatabase.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Demo:Seed"] = "true" };
}

/// <summary>Reversibility: the whole organization leaves in one archive and arrives in another instance, another database, the same.</summary>
public sealed class OrganizationArchiveTests(DemoPlatform source) : IClassFixture<DemoPlatform>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDemoOrganization_MovesFromSqliteToPostgres_AndItsPeopleSignInThere()
    {
        var person = await source.CreateUserAsync("Moving with the company");
        using var archive = new MemoryStream();
        var exported = await source.Services.GetRequiredService<OrganizationArchive>().ExportAsync(archive, withCredentials: true, Ct);

        await using var target = new PlatformFactory(TestDatabase.Postgres);
        await target.InitializeAsync();
        archive.Position = 0;
        var imported = await target.Services.GetRequiredService<OrganizationArchive>().ImportAsync(archive, Ct);
        using var again = new MemoryStream();
        await target.Services.GetRequiredService<OrganizationArchive>().ExportAsync(again, withCredentials: true, Ct);

        Assert.Equal(exported.Tables.Sum(t => t.Rows), imported.Tables.Sum(t => t.Rows));
        Assert.True(exported.Tables.Sum(t => t.Rows) > 500, "the demo organization is in the archive");
        var before = Tables(archive);
        foreach (var (table, rows) in Tables(again))
        {
            Assert.True(before[table].SequenceEqual(rows), $"{table} differs after the move");
        }

        // Their password came with them (its hash did): the person signs in on the new instance.
        var browser = target.NewBrowser();
        var signedIn = await browser.SignInAsync(person.Email, PlatformFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.DoesNotContain("error", signedIn.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/people/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheFullExport_IsForPlatformAdministratorsOnly_AndAudited()
    {
        var admin = await source.CreateUserAsync(administrator: true);
        var member = await source.CreateUserAsync();

        var refused = await source.CreateClientFor(member).GetAsync("/api/v1/organization/export", Ct);
        var withToken = await source.CreateClientFor(admin).GetAsync("/api/v1/organization/export", Ct);
        var download = await (await source.SignedInBrowserAsync(admin)).GetAsync("/api/v1/organization/export", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        using var zip = new ZipArchive(await download.Content.ReadAsStreamAsync(Ct));
        Assert.NotNull(zip.GetEntry("manifest.json"));
        // A download through the site leaves every credential behind: sessions, second-factor keys, tokens, password hashes.
        Assert.Null(zip.GetEntry("identity/sessions.jsonl"));
        Assert.Null(zip.GetEntry("identity/person_tokens.jsonl"));
        Assert.Null(zip.GetEntry("identity/access_tokens.jsonl"));
        using (var people = new StreamReader(zip.GetEntry("identity/people.jsonl")!.Open()))
        {
            var text = await people.ReadToEndAsync(Ct);
            Assert.Contains("\"PasswordHash\":null", text, StringComparison.Ordinal);
            Assert.DoesNotContain("AQAAAA", text, StringComparison.Ordinal);
        }

        await Eventually.HoldsAsync(
            async () => (await source.CreateClientFor(admin).GetStringAsync($"/api/v1/audit?action=organization.exported&actorId={admin.Id}", Ct)).Contains("organization.exported", StringComparison.Ordinal),
            "the export is audited");
    }

    private static Dictionary<string, List<string>> Tables(MemoryStream archive)
    {
        archive.Position = 0;
        using var zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
        return zip.Entries.Where(e => e.FullName.EndsWith(".jsonl", StringComparison.Ordinal)).ToDictionary(
            e => e.FullName,
            e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
            });
    }
}
