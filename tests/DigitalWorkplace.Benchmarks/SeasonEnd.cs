using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Benchmarks;

/// <summary>
/// The day a season ends: N seasonal people, each signed in on a phone (a personal token) and half of them in a browser
/// too; the season's last day is moved to yesterday, and the clock runs until every token and every session is refused.
/// Run with the default expiry check (every 30 s), so the figure is what people see.
/// </summary>
internal static class SeasonEnd
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var count = options.Int("--people", 200);
        var (platform, address) = await BenchHost.StartAsync(options.Database);
        await using var _ = platform;
        var admin = await platform.CreateUserAsync("HR", administrator: true);
        var location = await platform.AsAsync(null, sp => sp.GetRequiredService<IOrganizationService>().EnsureOrgUnitAsync("Festival stand", OrgUnitKind.Location, "Festival", CancellationToken.None));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var season = (await platform.AsAsync(null, sp => sp.GetRequiredService<IOrganizationService>().CreateSeasonAsync("Festival", today, today.AddDays(3), [location], CancellationToken.None))).Value;

        Console.WriteLine($"Signing in {count} seasonal people ({options.Database})...");
        var crew = new List<TestUser>();
        for (var i = 0; i < count; i++)
        {
            crew.Add(await platform.CreateUserAsync($"Crew {i}", EmploymentType.Seasonal));
        }

        Assert(await platform.AsAsync(null, sp => sp.GetRequiredService<IOrganizationService>().AddToSeasonAsync(season, [.. crew.Select(c => c.Id)], CancellationToken.None)));
        var browsers = new List<HttpClient>();
        foreach (var person in crew.Take(count / 2))
        {
            var browser = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
            await browser.SignInAsync(person.Email, PlatformFactory.Password);
            browsers.Add(browser);
        }

        var phones = crew.Select(c => BenchHost.Client(address, 1, c.Token)).ToList();
        if (await CountSignedInAsync(phones, browsers) != phones.Count + browsers.Count)
        {
            Console.Error.WriteLine("Not everyone is signed in before the season ends.");
            return 1;
        }

        using var hr = BenchHost.Client(address, 2, admin.Token);
        var clock = Stopwatch.StartNew();
        var ended = await hr.PatchAsJsonAsync($"/api/v1/seasons/{season}", new { startDate = today.AddDays(-10), endDate = today.AddDays(-1) });
        ended.EnsureSuccessStatusCode();
        var remaining = int.MaxValue;
        while (clock.Elapsed < TimeSpan.FromMinutes(2) && (remaining = await CountSignedInAsync(phones, browsers)) > 0)
        {
            await Task.Delay(100);
        }

        var refusedAt = clock.Elapsed;

        // Then the expiry check makes it final: every account Ended, its sessions deleted, its tokens revoked, events out.
        var endedCount = 0;
        while (clock.Elapsed < TimeSpan.FromMinutes(2)
            && (endedCount = (await hr.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/seasons/{season}")).GetProperty("totals").GetProperty("ended").GetInt32()) < count)
        {
            await Task.Delay(200);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"season end: {phones.Count} tokens and {browsers.Count} browser sessions refused {refusedAt.TotalSeconds:0.0} s after the last day passed ({remaining} left); all {endedCount} accounts ended, sessions deleted and tokens revoked after {clock.Elapsed.TotalSeconds:0.0} s (expiry check every 30 s)"));
        return remaining == 0 && endedCount == count ? 0 : 1;
    }

    private static async Task<int> CountSignedInAsync(List<HttpClient> phones, List<HttpClient> browsers)
    {
        var answers = await Task.WhenAll(phones.Concat(browsers).Select(client => client.GetAsync("/api/v1/people/me")));
        return answers.Count(a => a.StatusCode == HttpStatusCode.OK);
    }

    private static void Assert<T>(DigitalWorkplace.BuildingBlocks.Results.Result<T> result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(result.Error!.Message);
        }
    }
}
