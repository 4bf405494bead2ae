using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Contracts;

namespace DigitalWorkplace.Launcher.Tests;

/// <summary>Each person's launcher: the tiles they pinned first, in their order, and a search over the rest.</summary>
public abstract partial class LauncherTests
{
    [Fact]
    public async Task PinnedTiles_ComeFirstInThePersonsOrder_OnlyForThem_AndASearchFindsTilesIgnoringAccents()
    {
        var word = Guid.NewGuid().ToString("N")[..6];
        var payslips = await RegisterAsync(new NewApp($"Payslips {word}", "Your pay.", new Uri("https://pay.example/"), null, [], [], Category: "Shifts and pay"));
        var recipes = await RegisterAsync(new NewApp($"Recipes {word}", "Every recipe, café au lait included.", new Uri("https://recipes.example/"), null, [], []));
        var rota = await RegisterAsync(new NewApp($"Rota {word}", "", new Uri("https://rota.example/"), null, [], []));
        var person = platform.CreateClientFor(await platform.CreateUserAsync());
        var colleague = platform.CreateClientFor(await platform.CreateUserAsync());

        using var pinned = await person.PutAsJsonAsync("/api/v1/apps/pinned", new { tileIds = new[] { rota.Id, payslips.Id } }, Cancel);
        Assert.Equal(HttpStatusCode.OK, pinned.StatusCode);
        var mine = await MineAsync(person);
        Assert.Equal([(rota.Id, true), (payslips.Id, true)], mine.Take(2).Select(t => (t.Id, t.Pinned)));
        Assert.Contains(mine, t => t.Id == recipes.Id && !t.Pinned);
        Assert.DoesNotContain(await MineAsync(colleague), t => t.Pinned && (t.Id == rota.Id || t.Id == payslips.Id));

        // Reordered and one unpinned: the list as the person wants it.
        using var reordered = await person.PutAsJsonAsync("/api/v1/apps/pinned", new { tileIds = new[] { payslips.Id } }, Cancel);
        Assert.Equal([payslips.Id], (await MineAsync(person)).Where(t => t.Pinned).Select(t => t.Id));

        var found = await person.GetFromJsonAsync<List<AppTileDto>>($"/api/v1/apps?q={Uri.EscapeDataString("CAFE AU LAIT")}", Cancel);
        Assert.Equal([recipes.Id], found!.Where(t => t.Name.EndsWith(word, StringComparison.Ordinal)).Select(t => t.Id));
        var byCategory = await person.GetFromJsonAsync<List<AppTileDto>>($"/api/v1/apps?q=shifts", Cancel);
        Assert.Contains(byCategory!, t => t.Id == payslips.Id);
    }

    [Fact]
    public async Task Pinning_RefusesATileThePersonCannotOpen_TooManyAndTwice_ByField()
    {
        var audience = await platform.CreateAudienceAsync(EmploymentType.Franchise);
        var owners = await RegisterAsync(new NewApp("Owners' numbers", "", new Uri("https://numbers.example/"), null, [], [], AudienceIds: [audience]));
        var open = await RegisterAsync(new NewApp("Recipes", "", new Uri("https://recipes.example/"), null, [], []));
        var person = platform.CreateClientFor(await platform.CreateUserAsync(type: EmploymentType.Seasonal));

        using var notTheirs = await person.PutAsJsonAsync("/api/v1/apps/pinned", new { tileIds = new[] { owners.Id } }, Cancel);
        using var unknown = await person.PutAsJsonAsync("/api/v1/apps/pinned", new { tileIds = new[] { Guid.NewGuid() } }, Cancel);
        using var twice = await person.PutAsJsonAsync("/api/v1/apps/pinned", new { tileIds = new[] { open.Id, open.Id } }, Cancel);
        using var tooMany = await person.PutAsJsonAsync("/api/v1/apps/pinned", new { tileIds = Enumerable.Range(0, LauncherLimits.MaxPinned + 1).Select(_ => Guid.NewGuid()) }, Cancel);
        using var missing = await person.PutAsJsonAsync("/api/v1/apps/pinned", new { }, Cancel);

        foreach (var refused in new[] { notTheirs, unknown, twice, tooMany, missing })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("tileIds", out _));
        }

        Assert.DoesNotContain(await MineAsync(person), t => t.Pinned);
    }
}
