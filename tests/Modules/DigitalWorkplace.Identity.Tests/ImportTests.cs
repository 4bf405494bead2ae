using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Identity.Tests;

/// <summary>Bulk import from an HR export: a dry run that reports every row, then an idempotent upsert that invites, enrols and assigns.</summary>
public abstract class ImportTests(PlatformFactory platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DryRun_FrenchExportWithBomSemicolonsAndQuotes_ReportsEveryRowAndWritesNothing()
    {
        var (admin, location, _) = await SetUpAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var csv = "\uFEFFMatricule;Prénom;Nom;Site;Poste;Contrat;Date de début;Date de fin\r\n"
            + $"A{tag}1;Zoé;\"Lefèvre; dite Zaza\";{location};Barista;saisonnier;01/06/2026;30/09/2026\r\n"
            + $"A{tag}1;Twin;Again;{location};Barista;saisonnier;;\r\n"
            + $"A{tag}3;Nobody;Here;Atlantis;;;;\r\n"
            + $"A{tag}4;Bad;Date;{location};;;31/02/2026;\r\n"
            + $"A{tag}5;;;{location};;;;\r\n";

        var response = await PostCsvAsync(admin, csv, dryRun: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal("Create", rows[0].GetProperty("action").GetString());
        Assert.Equal("Zoé Lefèvre; dite Zaza", rows[0].GetProperty("displayName").GetString());
        Assert.Equal(["employeeId"], Fields(rows[1]));
        Assert.Equal(["location"], Fields(rows[2]));
        Assert.Equal(["startDate"], Fields(rows[3]));
        Assert.Equal(["displayName"], Fields(rows[4]));
        Assert.Equal(4, report.GetProperty("errors").GetInt32());
        Assert.False(await platform.ReadAsync(db => db.Users.AnyAsync(p => p.EmployeeId != null && p.EmployeeId.StartsWith("A" + tag), Ct)));

        var real = await PostCsvAsync(admin, csv, dryRun: false);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, real.StatusCode);
        Assert.False(await platform.ReadAsync(db => db.Users.AnyAsync(p => p.EmployeeId != null && p.EmployeeId.StartsWith("A" + tag), Ct)));
    }

    [Fact]
    public async Task Import_InvitesEnrolsAndAssignsOnboarding_AndRunningItAgainChangesNothing()
    {
        var (admin, location, _) = await SetUpAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var seasonName = "Summer " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/seasons", new { name = seasonName, startDate = today, endDate = today.AddDays(90) }, Ct)).StatusCode);
        var audience = await platform.CreateAudienceAsync(EmploymentType.Seasonal);
        var track = Assert.IsType<Guid>((await platform.AsAsync(null, sp => sp.GetRequiredService<IOnboardingAdministration>().CreateTrackAsync(
            new NewTrack("Welcome " + seasonName, "", [audience], 3, [new NewStep(StepKind.Content, "Hello", "Hi.", [])]), Ct))).Value);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var csv = new StringBuilder("employee id,name,email,location,type,season,tags\n");
        for (var i = 0; i < 30; i++)
        {
            csv.Append(Row(i, tag, location, seasonName));
        }

        csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"B{tag}-evil,\"=HYPERLINK(\"\"http://evil.example\"\")\",,{location},seasonal,{seasonName},\n");

        var accepted = await PostCsvAsync(admin, csv.ToString(), dryRun: false);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var progress = await Eventually.GetAsync(() => admin.GetFromJsonAsync<JsonElement>(accepted.Headers.Location, Ct), p => p.GetProperty("status").GetString() != "Running");
        Assert.Equal("Completed", progress.GetProperty("status").GetString());
        Assert.Equal(31, progress.GetProperty("processed").GetInt32());
        var people = await platform.ReadAsync(db => db.Users.Where(p => p.EmployeeId != null && p.EmployeeId.StartsWith("B" + tag)).ToListAsync(Ct));
        Assert.Equal(31, people.Count);
        Assert.All(people, p => Assert.Equal(AccountStatus.Invited, p.Status));
        Assert.Equal(31, await platform.ReadAsync(db => db.Invitations.CountAsync(i => people.Select(p => p.Id).Contains(i.PersonId!.Value), Ct)));
        Assert.Equal(31, await platform.ReadAsync(db => db.SeasonMembers.CountAsync(m => people.Select(p => p.Id).Contains(m.PersonId), Ct)));
        Assert.Equal(31, await platform.ReadAsync(db => db.AudienceMembers.CountAsync(m => m.AudienceId == audience && people.Select(p => p.Id).Contains(m.PersonId), Ct)));
        var first = new TestUser(people[0].Id, "", "", false, "");
        var tracks = await Eventually.GetAsync(() => platform.AsAsync(first, sp => sp.GetRequiredService<IOnboardingService>().MyTracksAsync(Ct)), t => t.Any(x => x.TrackId == track));
        Assert.Contains(tracks, t => t.TrackId == track);

        var report = await admin.GetStringAsync(accepted.Headers.Location + "/report", Ct);
        Assert.Contains("'=HYPERLINK", report, StringComparison.Ordinal);

        var again = await PostCsvAsync(admin, csv.ToString(), dryRun: true);
        var rerun = await again.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(31, rerun.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, rerun.GetProperty("creates").GetInt32());
    }

    [Fact]
    public async Task Import_AsAnotherFranchiseesAdmin_TheirLocationIsUnknown_AndMalformedFilesAre400()
    {
        var (admin, location, other) = await SetUpAsync();
        var franchisee = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/org-units", Ct)).EnumerateArray()
            .Single(u => u.GetProperty("name").GetString() == location).GetProperty("parentId").GetGuid();
        var bossName = "boss" + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.PostAsJsonAsync("/api/v1/people", new { userName = bossName, displayName = "Boss", employmentType = "Franchise" }, Ct);
        var bossId = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/people/{bossId}/roles", new { role = "FranchiseeAdmin", orgUnitId = franchisee }, Ct)).StatusCode);
        var token = await platform.AsAsync(null, sp => sp.GetRequiredService<IAccountService>().CreateTokenAsync(bossName, "tests", Ct));
        var boss = platform.CreateClientFor(new TestUser(bossId, bossName, "Boss", false, token.Value!.Token));

        var theirs = await (await PostCsvAsync(boss, $"employeeId,name,location\nC1,Someone,{other}\nC2,Mine,{location}\n", dryRun: true)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var noColumns = await PostCsvAsync(boss, "hello,world\n1,2\n", dryRun: true);
        var binary = await boss.PostAsync("/api/v1/imports/people?dryRun=true", new ByteArrayContent([0xff, 0xfe, 0x00, 0xd8, 0x00]) { Headers = { ContentType = new("text/csv") } }, Ct);
        var member = platform.CreateClientFor(await platform.CreateUserAsync());

        Assert.Equal(["location"], Fields(theirs.GetProperty("rows")[0]));
        Assert.Equal("Create", theirs.GetProperty("rows")[1].GetProperty("action").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noColumns.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, binary.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostCsvAsync(member, $"name,location\nX,{location}\n", dryRun: true)).StatusCode);
    }

    private static string Row(int i, string tag, string location, string season) => $"B{tag}-{i},Person {i},b{tag}{i}@test.example,{location},Seasonal,{season},opening-team\n";

    private static List<string> Fields(JsonElement row) => [.. row.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()!).Distinct()];

    private static Task<HttpResponseMessage> PostCsvAsync(HttpClient client, string csv, bool dryRun) =>
        client.PostAsync($"/api/v1/imports/people?dryRun={(dryRun ? "true" : "false")}", new StringContent(csv, Encoding.UTF8, "text/csv"), Ct);

    private async Task<(HttpClient Admin, string Location, string Other)> SetUpAsync()
    {
        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var location = await platform.CreateLocationAsync("Nice airport", "Franchisee " + Guid.NewGuid().ToString("N")[..6]);
        var other = await platform.CreateLocationAsync("Paris station", "Franchisee " + Guid.NewGuid().ToString("N")[..6]);
        return (admin, location, other);
    }
}

public sealed class ImportSqliteTests(SqlitePlatform platform) : ImportTests(platform), IClassFixture<SqlitePlatform>;

public sealed class ImportPostgresTests(PostgresPlatform platform) : ImportTests(platform), IClassFixture<PostgresPlatform>;
