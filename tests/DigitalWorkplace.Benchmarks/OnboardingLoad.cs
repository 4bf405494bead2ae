using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Benchmarks;

/// <summary>
/// A season's crew gets its track: N seasonal people across L locations (brought in by the real import), then a track
/// for all of them through the API, timed until the managers' report counts every one assigned; then half of them
/// read its first page, and the report — the managers' dashboard: the figures over everyone and the first page of people — is loaded for a location manager and for head office.
/// </summary>
internal static class OnboardingLoad
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var people = options.Int("--people", 2000);
        var locationCount = options.Int("--locations", 40);
        var seconds = options.Int("--seconds", 10);
        var (platform, address) = await BenchHost.StartAsync(options.Database);
        await using var _ = platform;

        var admin = await platform.CreateUserAsync("Head office", administrator: true);
        var locations = await platform.AsAsync(null, async sp =>
        {
            var organization = sp.GetRequiredService<IOrganizationService>();
            var created = new List<(Guid Id, string Name)>();
            for (var i = 0; i < locationCount; i++)
            {
                var franchisee = $"Franchisee {i % 4}";
                await organization.EnsureOrgUnitAsync(franchisee, OrgUnitKind.Franchisee, "Network", CancellationToken.None);
                var name = $"Station {i:00}";
                created.Add((await organization.EnsureOrgUnitAsync(name, OrgUnitKind.Location, franchisee, CancellationToken.None), name));
            }

            return created;
        });
        using var client = BenchHost.Client(address, 8, admin.Token);
        Console.WriteLine($"Importing {people} seasonal people across {locationCount} locations ({options.Database})...");
        if (!await ImportAsync(client, people, locations))
        {
            return 1;
        }

        var manager = await platform.CreateUserAsync("Station manager", location: locations[0].Name);
        await platform.GrantRoleAsync(manager, PlatformRole.LocationManager, locations[0].Id);
        var audience = await platform.CreateAudienceAsync(EmploymentType.Seasonal);
        var track = new NewTrack("Season crew", "Safety, service and the till.", [audience], 7,
            [
                new NewStep(StepKind.Content, "Welcome", "Welcome to the crew.", []),
                new NewStep(StepKind.Acknowledgement, "Hygiene charter", "Wash your hands.", []),
                new NewStep(StepKind.SignOff, "Open the till", "With your manager.", []),
            ]);

        var clock = Stopwatch.StartNew();
        using var created = await client.PostAsJsonAsync("/api/v1/onboarding/tracks", track, Json);
        if (created.StatusCode != HttpStatusCode.Created)
        {
            Console.Error.WriteLine($"The track was refused: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
            return 1;
        }

        var trackId = await created.Content.ReadFromJsonAsync<Guid>(Json);
        TrackReportDto report;
        do
        {
            report = (await client.GetFromJsonAsync<TrackReportDto>($"/api/v1/onboarding/report?trackId={trackId}", Json))!;
        }
        while (report.PeopleCount < people && clock.Elapsed < TimeSpan.FromMinutes(2) && await Pause());

        var assigned = clock.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"assign: {people} people in {assigned.TotalSeconds:0.0} s"));

        // Half the crew reads the first page, so the dashboard has progress to count.
        var crew = (await platform.AsAsync(admin, sp => sp.GetRequiredService<IOnboardingReports>().TrackReportAsync(trackId, CancellationToken.None))).Value!.People;
        var firstStep = (await platform.AsAsync(new TestUser(crew[0].PersonId, "", "", false, ""), sp =>
            sp.GetRequiredService<IOnboardingService>().GetTrackAsync(trackId, CancellationToken.None))).Value!.Steps[0].Id;
        await Parallel.ForEachAsync(crew.Where((_, i) => i % 2 == 0), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (person, cancellationToken) =>
            await platform.AsAsync(new TestUser(person.PersonId, "", "", false, ""), sp =>
                sp.GetRequiredService<IOnboardingService>().CompleteStepAsync(trackId, firstStep, cancellationToken)));

        using var managerClient = BenchHost.Client(address, 8, manager.Token);
        var duration = TimeSpan.FromSeconds(seconds);
        var station = await LoadStats.MeasureAsync("dashboard, one location", 8, duration, () => OkAsync(managerClient, $"/api/v1/onboarding/report?trackId={trackId}"));
        var network = await LoadStats.MeasureAsync($"dashboard, {people} people", 8, duration, () => OkAsync(client, $"/api/v1/onboarding/report?trackId={trackId}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dashboard: p99 {Math.Max(station.P99Ms, network.P99Ms):0} ms (budget < 200 ms; one location p99 {station.P99Ms:0} ms, {people} people p99 {network.P99Ms:0} ms, 8 connections)"));
        return 0;
    }

    private static async Task<bool> Pause()
    {
        await Task.Delay(50);
        return true;
    }

    private static async Task<bool> OkAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.IsSuccessStatusCode;
    }

    private static async Task<bool> ImportAsync(HttpClient client, int people, List<(Guid Id, string Name)> locations)
    {
        var csv = new StringBuilder("Matricule;Prénom;Nom;Site;Poste;Contrat;Tags\r\n");
        for (var i = 0; i < people; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"S{i:00000};Crew;Member{i};{locations[i % locations.Count].Name};Crew;saisonnier;crew\r\n");
        }

        var accepted = await client.PostAsync("/api/v1/imports/people", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        if (accepted.StatusCode != HttpStatusCode.Accepted)
        {
            Console.Error.WriteLine($"The import was refused: {(int)accepted.StatusCode} {await accepted.Content.ReadAsStringAsync()}");
            return false;
        }

        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            var progress = await client.GetFromJsonAsync<JsonElement>(accepted.Headers.Location);
            if (progress.GetProperty("status").GetString() != "Running")
            {
                return true;
            }

            await Task.Delay(50);
        }

        Console.Error.WriteLine("The import did not finish within two minutes.");
        return false;
    }
}
