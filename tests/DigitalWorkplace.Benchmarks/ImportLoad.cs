using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Benchmarks;

/// <summary>
/// Day one of a festival: a CSV of N seasonal hires across L locations, through the real import endpoint, timed from the
/// upload until the last person's onboarding track is assigned — invitations, season and audience membership included.
/// </summary>
internal static class ImportLoad
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var rows = options.Int("--rows", 2000);
        var locationCount = options.Int("--locations", 40);
        var (platform, address) = await BenchHost.StartAsync(options.Database);
        await using var _ = platform;

        var admin = await platform.CreateUserAsync("HR", administrator: true);
        var locations = await platform.AsAsync(null, async sp =>
        {
            var organization = sp.GetRequiredService<IOrganizationService>();
            var names = new List<string>();
            for (var i = 0; i < locationCount; i++)
            {
                var franchisee = $"Franchisee {i % 4}";
                await organization.EnsureOrgUnitAsync(franchisee, OrgUnitKind.Franchisee, "Festival network", CancellationToken.None);
                var name = $"Stand {i:00}";
                await organization.EnsureOrgUnitAsync(name, OrgUnitKind.Location, franchisee, CancellationToken.None);
                names.Add(name);
            }

            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            await organization.CreateSeasonAsync("Festival", today, today.AddDays(10), [], CancellationToken.None);
            return names;
        });
        var audience = await platform.CreateAudienceAsync(EmploymentType.Seasonal);
        var track = (await platform.AsAsync(null, sp => sp.GetRequiredService<IOnboardingAdministration>().CreateTrackAsync(
            new NewTrack("Festival crew", "Safety and service.", [audience], 1, [new NewStep(StepKind.Content, "Welcome", "Welcome to the crew.", [])]), CancellationToken.None))).Value;

        var csv = new StringBuilder("Matricule;Prénom;Nom;Site;Poste;Contrat;Saison;Tags\r\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"F{i:00000};Prénom{i};Nom{i};{locations[i % locations.Count]};Crew;saisonnier;Festival;crew\r\n");
        }

        using var client = BenchHost.Client(address, 4, admin.Token);
        Console.WriteLine($"Importing {rows} rows across {locationCount} locations ({options.Database})...");
        var clock = Stopwatch.StartNew();
        var accepted = await client.PostAsync("/api/v1/imports/people", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        if (accepted.StatusCode != HttpStatusCode.Accepted)
        {
            Console.Error.WriteLine($"The import was refused: {(int)accepted.StatusCode} {await accepted.Content.ReadAsStringAsync()}");
            return 1;
        }

        var acceptedAt = clock.Elapsed;
        var progress = default(JsonElement);
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            progress = await client.GetFromJsonAsync<JsonElement>(accepted.Headers.Location);
            if (progress.GetProperty("status").GetString() != "Running")
            {
                break;
            }

            await Task.Delay(20);
        }

        var writtenAt = clock.Elapsed;
        var last = await LastPersonAsync(client, $"F{rows - 1:00000}");
        var asLast = new TestUser(last, "", "", false, "");
        while (clock.Elapsed < TimeSpan.FromMinutes(2)
            && !(await platform.AsAsync(asLast, sp => sp.GetRequiredService<IOnboardingService>().MyTracksAsync(CancellationToken.None))).Any(t => t.TrackId == track))
        {
            await Task.Delay(20);
        }

        var assignedAt = clock.Elapsed;
        Console.WriteLine($"status {progress.GetProperty("status").GetString()}, {progress.GetProperty("processed").GetInt32()} rows written");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"accepted (checked, stored) in {acceptedAt.TotalSeconds:0.00} s, written in {writtenAt.TotalSeconds:0.00} s, last onboarding assigned in {assignedAt.TotalSeconds:0.00} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import: {rows} rows in {assignedAt.TotalSeconds:0.0} s (budget < 5 s)"));
        return 0;
    }

    private static async Task<Guid> LastPersonAsync(HttpClient client, string employeeId)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/managed?search={employeeId}");
        return page.GetProperty("items")[0].GetProperty("id").GetGuid();
    }
}
