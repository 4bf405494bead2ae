using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Onboarding.Tests;

public abstract partial class OnboardingTests
{
    [Fact]
    public async Task ALocationManager_SeesTheirLocationsPeopleOnly_ByLocationAndOverdueFirst_AndDownloadsAFormulaSafeCsv()
    {
        var site = await platform.NewLocationAsync($"Lyon {Guid.NewGuid():N}"[..13]);
        var elsewhere = await platform.NewLocationAsync($"Lille {Guid.NewGuid():N}"[..13]);
        var manager = await platform.CreateUserAsync("Report manager", location: site.Name);
        await platform.GrantRoleAsync(manager, PlatformRole.LocationManager, site.Id);
        var late = await CreateStartedAsync("Late starter", site.Name, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30));
        var onTime = await CreateStartedAsync("=HYPERLINK(\"x\")", site.Name, DateOnly.FromDateTime(DateTime.UtcNow));
        var other = await CreateStartedAsync("Other site", elsewhere.Name, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30));
        var trackId = await (await AdminClientAsync()).CreateTrackAsync(new NewTrack($"Report {Guid.NewGuid()}", "", [await platform.CreateAudienceOverAsync(site.Id, elsewhere.Id)], 3,
            [new NewStep(StepKind.Content, "Read me", "Hello", [])]));
        var onTimeClient = platform.CreateClientFor(onTime);
        await Eventually.GetAsync(onTimeClient.MyTracksAsync, tracks => tracks.Any(t => t.TrackId == trackId));
        await onTimeClient.CompleteAsync(trackId, (await onTimeClient.TrackAsync(trackId)).Steps[0].Id);
        var client = platform.CreateClientFor(manager);

        var report = await Eventually.GetAsync(
            async () => (await client.GetFromJsonAsync<TrackReportDto>($"/api/v1/onboarding/report?trackId={trackId}", OnboardingApi.Json, Cancel))!,
            r => r.People.Count == 3);
        var csv = await client.GetStringAsync($"/api/v1/onboarding/report.csv?trackId={trackId}", Cancel);

        // Overdue first, then still to do (the manager works there too), then finished.
        Assert.Equal([late.Id, manager.Id, onTime.Id], report.People.Select(p => p.PersonId));
        Assert.Equal((true, false), (report.People[0].Overdue, report.People[0].Finished));
        Assert.Equal((false, true), (report.People[2].Overdue, report.People[2].Finished));
        var location = Assert.Single(report.Locations);
        Assert.Equal((3, 1, 1, 33), (location.Assigned, location.Completed, location.Overdue, location.Percent));
        Assert.DoesNotContain(report.People, p => p.PersonId == other.Id);
        // The test locations belong to a franchisee: the same figures by franchisee.
        var franchisee = Assert.Single(report.Franchisees!);
        Assert.Equal(("Acme test franchisee", 3, 1, 1), (franchisee.Name, franchisee.Assigned, franchisee.Completed, franchisee.Overdue));
        Assert.StartsWith("track,person,location,franchisee,", csv, StringComparison.Ordinal);
        Assert.Contains("Late starter", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\n=HYPERLINK", csv.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReport_CountsEveryone_ButListsItsPeopleAPageAtATime_AndTheCsvHoldsThemAll()
    {
        var site = await platform.NewLocationAsync($"Orly {Guid.NewGuid():N}"[..13]);
        var crew = new List<Guid>();
        for (var i = 0; i < TrackReportDto.PageSize + 1; i++)
        {
            crew.Add((await platform.CreateUserAsync($"Crew {i:000}", EmploymentType.Seasonal, location: site.Name)).Id);
        }

        var trackId = await (await AdminClientAsync()).CreateTrackAsync(new NewTrack($"Crowd {Guid.NewGuid()}", "", [await platform.CreateAudienceOverAsync(site.Id)], 3,
            [new NewStep(StepKind.Content, "Read me", "Hello", [])]));
        var head = await AdminClientAsync();

        var first = await Eventually.GetAsync(
            async () => (await head.GetFromJsonAsync<TrackReportDto>($"/api/v1/onboarding/report?trackId={trackId}", OnboardingApi.Json, Cancel))!,
            r => r.PeopleCount == crew.Count);
        var second = (await head.GetFromJsonAsync<TrackReportDto>($"/api/v1/onboarding/report?trackId={trackId}&page=2", OnboardingApi.Json, Cancel))!;
        var csv = await head.GetStringAsync($"/api/v1/onboarding/report.csv?trackId={trackId}", Cancel);
        using var nonsense = await head.GetAsync($"/api/v1/onboarding/report?trackId={trackId}&page=0", Cancel);

        Assert.Equal((1, 2, TrackReportDto.PageSize), (first.Page, first.Pages, first.People.Count));
        Assert.Equal((2, 1), (second.Page, second.People.Count));
        Assert.Equal(crew.Order(), first.People.Concat(second.People).Select(p => p.PersonId).Order());
        Assert.Equal(crew.Count, Assert.Single(first.Locations).Assigned);
        Assert.Equal(crew.Count + 1, csv.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Length);
        Assert.Equal(HttpStatusCode.BadRequest, nonsense.StatusCode);
        Assert.True((await nonsense.ProblemAsync()).GetProperty("errors").TryGetProperty("page", out _));
    }

    [Fact]
    public async Task TheReport_NarrowedToASeason_CountsItsMembersOnly()
    {
        var site = await platform.NewLocationAsync($"Nice {Guid.NewGuid():N}"[..13]);
        var manager = await platform.CreateUserAsync("Season manager", location: site.Name);
        await platform.GrantRoleAsync(manager, PlatformRole.LocationManager, site.Id);
        var summer = await platform.CreateUserAsync("Summer crew", EmploymentType.Seasonal, location: site.Name);
        await platform.CreateUserAsync("All year", EmploymentType.Permanent, location: site.Name);
        var trackId = await (await AdminClientAsync()).CreateTrackAsync(new NewTrack($"Season {Guid.NewGuid()}", "", [await platform.CreateAudienceOverAsync(site.Id)], 3,
            [new NewStep(StepKind.Content, "Read me", "Hello", [])]));
        var admin = await platform.CreateUserAsync(administrator: true);
        var seasonId = await platform.AsAsync(admin, async sp =>
        {
            var organization = sp.GetRequiredService<IOrganizationService>();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var id = (await organization.CreateSeasonAsync($"Summer {Guid.NewGuid():N}"[..15], today, today.AddDays(90), [site.Id], Cancel)).Value;
            await organization.AddToSeasonAsync(id, [summer.Id], Cancel);
            return id;
        });
        var client = platform.CreateClientFor(manager);

        var all = await Eventually.GetAsync(
            async () => (await client.GetFromJsonAsync<TrackReportDto>($"/api/v1/onboarding/report?trackId={trackId}", OnboardingApi.Json, Cancel))!,
            r => r.People.Count == 3);
        var season = (await client.GetFromJsonAsync<TrackReportDto>($"/api/v1/onboarding/report?trackId={trackId}&seasonId={seasonId}", OnboardingApi.Json, Cancel))!;
        using var unknown = await client.GetAsync($"/api/v1/onboarding/report?trackId={trackId}&seasonId={Guid.NewGuid()}", Cancel);

        Assert.Contains(all.Seasons!, s => s.SeasonId == seasonId);
        Assert.Equal([summer.Id], season.People.Select(p => p.PersonId));
        Assert.Equal(seasonId, season.SeasonId);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task SomeoneWhoManagesNobody_GetsAnEmptyReport_AndATrackOfNoneOfTheirPeopleIs404()
    {
        var (_, trackId) = await SeasonalWithTrackAsync();
        var nobody = platform.CreateClientFor(await platform.CreateUserAsync());

        var empty = await nobody.GetFromJsonAsync<TrackReportDto>("/api/v1/onboarding/report", OnboardingApi.Json, Cancel);
        using var probed = await nobody.GetAsync($"/api/v1/onboarding/report?trackId={trackId}", Cancel);
        using var probedCsv = await nobody.GetAsync($"/api/v1/onboarding/report.csv?trackId={trackId}", Cancel);

        Assert.Null(empty!.TrackId);
        Assert.Empty(empty.Tracks);
        Assert.Equal(HttpStatusCode.NotFound, probed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, probedCsv.StatusCode);
    }

    private async Task<TestUser> CreateStartedAsync(string name, string location, DateOnly start)
    {
        var account = new NewAccount($"started-{Guid.NewGuid():N}@test.example", name, PlatformFactory.Password, EmploymentType.Seasonal, OrgUnitName: location, StartDate: start);
        var created = await platform.AsAsync(null, sp => sp.GetRequiredService<IAccountService>().CreateAccountAsync(account, Cancel));
        Assert.True(created.IsSuccess, created.Error?.Message);
        var token = await platform.AsAsync(null, sp => sp.GetRequiredService<IAccountService>().CreateTokenAsync(account.Email, "tests", Cancel));
        return new TestUser(created.Value!.Id, account.Email, name, IsAdministrator: false, Token: token.Value!.Token);
    }
}
